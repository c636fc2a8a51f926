import LuaBridge

/// `chart`: bar charts in the terminal, written in Lua/chart.lua; their docs.
enum ChartNamespace {
    static func document(on lua: Lua) {
        lua.document("chart.bar", LuaDoc(
            "chart.bar(records [, label [, value [, opts]]])", "A bar chart of records (fields or functions; \"key\" and \"count\" by default), sized to the terminal.",
            details: "Returns a chart that the REPL shows and print() writes; opts.width overrides the terminal width.",
            example: #"print(chart.bar({ { key = "大同", count = 3 }, { key = "太原", count = 1 } }, "key", "count", { width = 40 }))"#))
        lua.document("chart.timeline", LuaDoc(
            "chart.timeline(records [, period [, value [, opts]]])", "chart.bar in period order; c:timeline's records by default.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); print(chart.timeline(c:timeline("项目"), nil, nil, { width = 60 }))"#))
    }
}

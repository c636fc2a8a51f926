import LuaBridge

/// `chart`: bar charts in the terminal, written in Lua/chart.lua; their docs.
enum ChartNamespace {
    static func document(on lua: Lua) {
        lua.document("chart.bar", LuaDoc(
            "chart.bar(records [, label [, value [, opts]]])", "A bar chart of records (fields or functions; \"key\" and \"count\" by default), sized to the terminal.",
            details: "Returns a chart that the REPL shows and print() writes; opts.width overrides the terminal width.",
            example: #"print(chart.bar({ { key = "大同", count = 3 }, { key = "太原", count = 1 } }, "key", "count", { width = 40 }))"#))
        lua.document("chart.dispersion", LuaDoc(
            "chart.dispersion(c, term [, {by = \"month\"|\"year\"|\"day\", width = n}])", "Where a term falls across the corpus by date, one row per period, and within articles (lead, body, end).",
            details: """
            Each row lays the period's articles side by side in date order, each as wide as its
            text is long, and marks ▮ where the term (either script, as c:search finds it) falls in
            the body; then how many hits in how many of the period's articles. Articles without a
            date precise enough are the row "undated". Below, the hits by where they fall in their
            article: the lead (its first fifth), the body, the end (its last fifth). The chart's
            fields lead, body and end hold those counts.
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); local d = chart.dispersion(c, "项目", { width = 60 }); assert(d.lead + d.body + d["end"] == #c:search("项目", { fields = { "text" } }))"#))
        lua.document("chart.timeline", LuaDoc(
            "chart.timeline(records [, period [, value [, opts]]])", "chart.bar in period order; c:timeline's records by default.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); print(chart.timeline(c:timeline("项目"), nil, nil, { width = 60 }))"#))
    }
}

-- Properties of the whole pipeline on generated text that mixes every digit kind, absurd
-- values, both scripts and damaged bytes: nothing crashes, every offset points at its text,
-- every date is a real ISO date or nil, every figure is exact or nil, and every export runs.
-- The seed is printed; DOSSIER_SEED=<n> dossier test scripts/tests replays a run.
local seed = tonumber(os.getenv("DOSSIER_SEED")) or 20261125
print(string.format("properties: seed %d (DOSSIER_SEED=%d replays it)", seed, seed))
math.randomseed(seed)

local pieces = {
  -- digits of every kind
  "0123456789", "０１２３４５６７８９", "〇一二三四五六七八九十百千万亿", "两", "廿", "卅", "①②③", "٠١٢٣٤٥٦٧٨٩", "壹贰叁",
  -- units, hedges, currencies, date words
  "年", "月", "日", "号", "元", "亿元", "万元", "億", "萬", "个", "個", "%", "％", "MW", "MWh", "吨", "噸", "美元", "港元",
  "人民币", "¥", "￥", "约", "近", "超过", "多", "余", "至", "—", "-", "~", "以上", "左右", "第", "季度", "上半年",
  "昨天", "上周", "本月", "今年以来", "去年", "年底", "到", "总投资", "罚款", "签约金额",
  -- absurd values
  "99999999999999999999亿元", "2019年13月45日", "0月0日", "9999年", "1900年1月1日", "2月30日", "2024年2月29日",
  "１月１６日", "二〇一八年五月二十三日", "5月22日至24日", "5月22日—6月3日", "2018-2020年", "5至10亿元",
  -- places, people, organisations, both scripts
  "我市", "大同", "大同市", "朝阳", "鼓楼区", "北京市", "石家庄市", "浦東", "內蒙古", "广大市民", "自治区", "城市",
  "西坪镇", "经开区", "美国", "市委书记", "盧東亮", "、", "有限公司", "管委会", "記者", "攝", "“", "”", "「", "」",
  "王\u{3000}刚", "刘 伟", "张某某", "李某", "原", "（北京）", "集团", "发改委", "市发展和改革委员会", "村",
  "·", "・", "买买提江·吾买尔", "上官", "皇甫", "苏木", "嘎查", "右旗", "《", "》", "《流浪地球3》", "当天", "同日",
  "任命", "为", "免去", "的", "职务", "现任", "系", "（记者 王 静）", "（600519.SH）", "(00700.HK)", "上市公司", "南站",
  "中东部", "某", "合作社", "家庭农场", "库克",
  -- the words the entity rules turn on: posts, bodies' and companies' words, credits, lists
  "副市长", "局", "厂", "教授", "站", "夏县", "科技", "电子", "等", "中等", "组", "中心", "研究院", "研究员", "党委",
  "派出所", "院长", "书记", "委员会", "公安局", "大学", "新华社", "中新社", "名城", "协作", "鲁渝", "执行会长", "胡广", "向",
  "乡", "教", "公", "站长", "区", "一行", "出席", "说", "和", "与", "及", "（曾 靜）", "迈思科", "华胜",
  -- punctuation, pinyin, brackets, letters, spaces
  "，", "。", "；", "！", "？", "（", "）", "(", ")", "(fā)", "(o3)", " ", "\u{3000}", "abc", "\\n", ".", ",",
  -- damaged bytes
  "\xff", "\xfe", "\xe4\xb8", "\xc3", "\xef\xbf\xbd", "?jié",
}

local function random_text(length)
  local out = {}
  for i = 1, length do out[i] = pieces[math.random(#pieces)] end
  return table.concat(out)
end

local days_in = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
local function is_iso(s)
  if s == nil then return true end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if y then
    m, d = tonumber(m), tonumber(d)
    local leap = (tonumber(y) % 4 == 0 and tonumber(y) % 100 ~= 0) or tonumber(y) % 400 == 0
    return m >= 1 and m <= 12 and d >= 1 and d <= (m == 2 and not leap and 28 or days_in[m])
  end
  y, m = s:match("^(%d%d%d%d)%-(%d%d)$")
  if y then return tonumber(m) >= 1 and tonumber(m) <= 12 end
  return s:match("^%d%d%d%d$") ~= nil
end

local function exact_or_nil(v) return v == nil or math.type(v) == "integer" or (math.type(v) == "float" and v == v) end

-- writes `count` articles as .txt files and one .jsonl with odd metadata; returns the folder
local function write_corpus(count)
  local folder = os.tmpname()
  os.remove(folder)
  assert(os.execute("mkdir -p '" .. folder .. "'"))
  for i = 1, count do
    local f = assert(io.open(string.format("%s/a%03d.txt", folder, i), "wb"))
    local lines = {}
    for l = 1, math.random(1, 6) do lines[l] = random_text(math.random(0, 60)) end
    f:write(table.concat(lines, math.random(2) == 1 and "\n" or "\r\n"))
    f:close()
  end
  local f = assert(io.open(folder .. "/more.jsonl", "wb"))
  for i = 1, count // 4 do
    local date = ({ "2024-02-30", "0000-00-00", "１９９９年", "1716422400", "99999999999999", random_text(3) })[math.random(6)]
    f:write(string.format('{"title": "t%d", "date": "%s", "content": "%s"}\n', i, date,
      random_text(40):gsub('[\\"%c]', "")))
  end
  f:close()
  return folder
end

local function check_offset(a, text, offset)
  assert.truthy(offset >= 1 and offset + #text - 1 <= #a.text, "offset inside the text: " .. text)
  assert.equal(text, a.text:sub(offset, offset + #text - 1))
end

-- each record's text at each of its offsets; where a record lists its mentions (a person
-- said by surname alone, 市委 for the article's 大同市委), each mention's form at its own
local function check_offsets(a, records, field)
  for _, r in ipairs(records) do
    if r.mentions then
      assert.equal(#r.offsets, #r.mentions)
      for _, m in ipairs(r.mentions) do check_offset(a, m.text, m.offset) end
    else
      for _, offset in ipairs(r.offsets or { r.offset }) do check_offset(a, r[field], offset) end
    end
  end
end

describe("the whole pipeline on generated reports", function()
  local folder = write_corpus(120)
  local c = corpus.load(folder, { quiet = true })

  it("loads every file and reads every field of every article", function()
    -- every file is loaded or reported as skipped: nothing is dropped silently
    assert.equal(121, c.report.files + #c.report.skipped)
    assert.truthy(#c >= 100)
    for a in c:each() do
      local _ = { a.title, a.subtitle, a.captions, a.dateline, a.paragraphs, a.sentences, a.lists, a.source, a.id,
                  a.raw, a.metadata, a.boilerplate, a.issues, a.cleaning, a.place, a.place_source, a.encoding }
      assert.truthy(is_iso(a.date), "a.date " .. tostring(a.date))
      if a.date then assert.truthy(a.date_source and a.date_precision) end
    end
  end)

  it("keeps every offset on its text", function()
    for a in c:each() do
      check_offsets(a, a:numbers(), "text")
      check_offsets(a, a:dates(), "text")
      check_offsets(a, a:places(), "text")
      check_offsets(a, a:orgs(), "text")
      check_offsets(a, a:terms(), "text")
      check_offsets(a, a:people(), "name")
      check_offsets(a, a.sentences, "text")
    end
  end)

  it("gives real dates and exact figures, or nil", function()
    local dated, valued = 0, 0
    for a in c:each() do
      for _, d in ipairs(a:dates()) do
        if d.value then dated = dated + 1 end
        assert.truthy(is_iso(d.value) and is_iso(d.to), "date " .. d.text .. " = " .. tostring(d.value))
        assert.truthy(d.month == nil or (d.month >= 1 and d.month <= 12))
      end
      for _, n in ipairs(a:numbers()) do
        assert.truthy(exact_or_nil(n.value) and exact_or_nil(n.min) and exact_or_nil(n.max), n.text)
        if n.kind == "money" and n.value then valued = valued + 1 end
        if n.kind == "money" then
          assert.truthy(n.value == nil or math.type(n.value) == "integer" or n.value < 1e15, "money " .. n.text)
        end
      end
    end
    -- the generated text holds both, so finding none would be a failure too
    assert.truthy(dated > 0 and valued > 0)
  end)

  it("exports every record list", function()
    local out = os.tmpname()
    for _, name in ipairs({ "numbers", "dates", "places", "people", "orgs", "terms", "sentences" }) do
      local records = c[name](c)
      records:to_csv(out)
      records:to_jsonl(out)
      assert.equal("string", type(records:to_markdown()))
    end
    c:to_csv(out)
    os.remove(out)
  end)

  it("counts and charts what it found", function()
    for _, result in ipairs({ c:freq({ by = "places", level = "city" }), c:timeline("项目", { by = "week" }),
                              c:cooccur("places", {within = "sentence"}) }) do
      assert.equal("table", type(result))
    end
  end)

  os.execute("rm -rf '" .. folder .. "'")
end)

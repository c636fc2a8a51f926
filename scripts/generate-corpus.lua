#!/usr/bin/env dossier
-- Writes a synthetic corpus of local-government reports in every shape dossier reads:
-- Simplified and Traditional script, Traditional with pinyin annotations, .txt, .jsonl,
-- .json, .csv, .tsv, GB18030 and UTF-16 files, literal "\n" escapes, boilerplate footers,
-- and (with --broken) truncated, binary, empty, undecodable and malformed files, CR and CRLF
-- line endings, a NUL byte, null in a JSON array, a hidden file, a GBK file name, a second link
-- to a file, a link loop and a FIFO.
-- --reprints adds, for every fourth article, a reprint as another outlet would run it: a new
-- headline, paragraphs dropped, paragraphs reordered, the other script, or pinyin annotations.
-- --manifest FILE writes what each article holds, each problem and each reprint, for tests.
--
--   dossier scripts/generate-corpus.lua OUT [--articles N] [--seed S] [--broken] [--reprints] [--manifest FILE]

local function usage()
  io.stderr:write("usage: dossier scripts/generate-corpus.lua OUT [--articles N] [--seed S] [--broken] [--reprints] [--manifest FILE]\n")
  os.exit(2)
end

local out, count, seed, broken, reprints, manifest_path = nil, 24, 1, false, false, nil
do
  local i = 1
  while arg[i] do
    local a = arg[i]
    if a == "--articles" then i = i + 1; count = tonumber(arg[i]) or usage()
    elseif a == "--seed" then i = i + 1; seed = tonumber(arg[i]) or usage()
    elseif a == "--broken" then broken = true
    elseif a == "--reprints" then reprints = true
    elseif a == "--manifest" then i = i + 1; manifest_path = arg[i] or usage()
    elseif a == "-h" or a == "--help" then usage()
    elseif not out then out = a
    else usage() end
    i = i + 1
  end
end
if not out then usage() end
math.randomseed(seed)

local function pick(list) return list[math.random(#list)] end

-- Vocabulary (Simplified; Traditional comes from OpenCC).
local cities = { "大同", "太原", "晋中", "长治", "临汾", "运城", "忻州", "朔州", "阳泉", "吕梁" }
local districts = { "云州区", "平城区", "新荣区", "小店区", "榆次区", "潞州区", "尧都区", "盐湖区" }
local surnames = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "吴", "孙", "郑", "冯", "邓", "许", "韩", "卢", "卫" }
local given = { "东亮", "继周", "希杰", "东升", "文鑫", "燕伟", "建华", "志强", "丽娟", "海涛", "国庆", "晓明", "振兴", "红梅" }
local titles = { "市委书记", "市长", "副市长", "区委书记", "区长", "管委会主任" }
local projects = { "新能源装备制造", "储能电站", "数字经济产业园", "现代农业示范基地", "氢能重卡", "光伏组件", "钠离子电池负极材料",
                   "智能制造产业园", "冷链物流中心", "碳纤维复合材料" }
local slogans = { "三个一批", "四大赛道", "项目第一支撑", "六新突破", "一号工程" }
-- Bodies a report names: a company, and the city's department in full and then as reports
-- go on to call it (its level and official short form).
local companies = { "山西建龙实业有限公司", "晋能控股装备制造集团有限公司", "中车大同电力机车有限公司",
                    "比亚迪汽车工业有限公司", "宁德时代新能源科技股份有限公司", "太原重型机械集团有限公司" }
local departments = { { "发展和改革委员会", "发改委" }, { "工业和信息化局", "工信局" },
                      { "行政审批服务管理局", "行政审批局" }, { "商务局", "商务局" } }
local events = { "签约", "开工", "投产" }

-- Pinyin of the characters above that OpenCC changes, for annotated Traditional text.
local pinyin = {
  ["发"] = "fā", ["区"] = "qū", ["开"] = "kāi", ["项"] = "xiàng", ["个"] = "gè", ["动"] = "dòng", ["亿"] = "yì",
  ["万"] = "wàn", ["会"] = "huì", ["书"] = "shū", ["记"] = "jì", ["长"] = "zhǎng", ["经"] = "jīng", ["济"] = "jì",
  ["产"] = "chǎn", ["业"] = "yè", ["设"] = "shè", ["实"] = "shí", ["现"] = "xiàn", ["储"] = "chǔ", ["电"] = "diàn",
  ["园"] = "yuán", ["签"] = "qiān", ["约"] = "yuē", ["资"] = "zī", ["总"] = "zǒng", ["领"] = "lǐng", ["导"] = "dǎo",
  ["举"] = "jǔ", ["办"] = "bàn", ["转"] = "zhuǎn", ["质"] = "zhì", ["环"] = "huán", ["优"] = "yōu", ["营"] = "yíng",
  ["务"] = "wù", ["装"] = "zhuāng", ["备"] = "bèi", ["进"] = "jìn", ["时"] = "shí", ["为"] = "wèi", ["说"] = "shuō",
  ["对"] = "duì", ["与"] = "yǔ", ["场"] = "chǎng", ["摄"] = "shè", ["报"] = "bào", ["扫"] = "sǎo", ["页"] = "yè",
  ["农"] = "nóng", ["链"] = "liàn", ["统"] = "tǒng", ["参"] = "cān", ["观"] = "guān", ["强"] = "qiáng", ["续"] = "xù",
  ["创"] = "chuàng", ["数"] = "shù", ["张"] = "zhāng", ["刘"] = "liú", ["陈"] = "chén", ["杨"] = "yáng", ["赵"] = "zhào",
  ["黄"] = "huáng", ["吴"] = "wú", ["孙"] = "sūn", ["郑"] = "zhèng", ["冯"] = "féng", ["邓"] = "dèng", ["许"] = "xǔ",
  ["韩"] = "hán", ["卢"] = "lú", ["卫"] = "wèi", ["东"] = "dōng", ["伟"] = "wěi", ["华"] = "huá", ["丽"] = "lì",
  ["国"] = "guó", ["庆"] = "qìng", ["兴"] = "xīng", ["红"] = "hóng", ["涛"] = "tāo", ["阳"] = "yáng", ["晋"] = "jìn",
  ["临"] = "lín", ["运"] = "yùn", ["吕"] = "lǚ", ["荣"] = "róng", ["尧"] = "yáo", ["盐"] = "yán",
  ["钠"] = "nà", ["离"] = "lí", ["负"] = "fù", ["极"] = "jí", ["组"] = "zǔ", ["车"] = "chē", ["纤"] = "xiān",
  ["维"] = "wéi", ["复"] = "fù", ["冷"] = "lěng", ["级"] = "jí", ["标"] = "biāo", ["准"] = "zhǔn", ["调"] = "diào",
  ["门"] = "mén", ["题"] = "tí", ["结"] = "jié", ["构"] = "gòu", ["条"] = "tiáo", ["吨"] = "dūn", ["关"] = "guān",
}

-- Descriptive paragraphs (no figures, dates or credits), so an article runs to the length
-- of a real report: the seed is 5.7 KB; without these a generated one would be under 1 KB.
local extra_paragraphs = {
  "会议强调,要坚持以高质量发展为主题,把项目建设作为推动转型的主抓手,聚焦“%s”,在招商引资、要素保障、营商环境上持续发力,确保各项任务落地见效。",
  "%s表示,下一步将继续深化“放管服”改革,推行“承诺制+标准地+全代办”,为企业提供全生命周期服务,让项目引得进、落得下、发展好。",
  "活动现场,各开发区负责同志分别介绍了重点项目推进情况。与会人员认为,这些项目科技含量高、市场前景好、带动能力强,对延伸产业链条、培育增长动能具有重要意义。",
  "近年来,%s立足资源禀赋和产业基础,围绕新能源、新材料、高端装备制造、现代医药等领域精准招商,一批带动性强的好项目、大项目相继落地,产业集群效应逐步显现。",
  "据了解,相关部门将建立项目推进台账,实行周调度、月通报制度,对项目审批、用地、用能等问题实行清单化管理,点对点协调解决项目推进中的难点堵点。",
  "企业代表在发言中表示,将抓住发展机遇,加快项目建设进度,力争早投产、早达效,为地方经济社会发展作出更大贡献。",
  "与会人员还实地观摩了部分重点项目建设现场,详细了解项目规划设计、建设进度和市场前景等情况,并就进一步优化服务提出意见建议。",
  "%s要求,各级各部门要牢固树立“项目为王”理念,强化责任担当,主动靠前服务,以只争朝夕的精神状态推动项目建设跑出加速度。",
}

local chinese_numerals = { [3000] = "三千", [5000] = "五千", [8000] = "八千", [2000] = "两千" }

-- One article, as Simplified lines, with the facts it states.
local function make_article()
  local city, district = pick(cities), pick(districts)
  local month, day, year = math.random(1, 12), math.random(1, 28), pick({ 2023, 2024, 2025 })
  local leader = pick(surnames) .. pick(given)
  local guest = pick(surnames) .. pick(given)
  while guest == leader do guest = pick(surnames) .. pick(given) end
  local photographer = pick(surnames) .. pick(given)
  local slogan = pick(slogans)
  local signed, started, produced = math.random(3, 20), math.random(3, 20), math.random(3, 20)
  local total = signed + started + produced
  local invest_cents = math.random(1000, 99999)         -- hundredths of 亿元: two decimals
  local output_cents = math.random(100, 9999)
  local invest, output = invest_cents / 100, output_cents / 100
  local small = pick({ 3000, 5000, 8000, 2000 })        -- 万元, written in Chinese numerals
  local tons = math.random(1, 50) * 100
  local mw = math.random(1, 40) * 50
  local project = pick(projects)
  -- chosen from figures already drawn: no draw of their own, so a corpus generated before this
  -- paragraph was added holds the same people, dates and figures
  local company, department = companies[invest_cents % #companies + 1], departments[output_cents % #departments + 1]
  local facts = {
    city = city, date = string.format("%04d-%02d-%02d", year, month, day), photographer = photographer,
    people = { leader, guest }, projects = total, slogan = slogan, orgs = { city .. "市" .. department[1], company },
    money = { invest_cents * 1000000, output_cents * 1000000, small * 10000 },  -- yuan, exact integers
  }
  local title = string.format("%s%d年第%s批重点项目集中%s活动举行", city, year, pick({ "一", "二", "三" }), pick(events))
  local lines = {
    title,
    leader .. guest .. "出席",
    string.format("与会领导共同出席%d吨%s项目开工仪式。%s摄", tons, project, photographer),
    string.format("%d月%d日,%s%s年“%s”项目集中活动在%s举行。%s%s%s出席活动并讲话,%s%s%s参加。",
      month, day, city, year, slogan, district, pick({ "市委常委、" , "" }), pick(titles), leader, pick({ "市领导" }), guest, ""),
    string.format("本次活动共推进项目%d个,总投资%.2f亿元,预计年产值%.2f亿元。其中,“签约一批”项目%d个、“开工一批”项目%d个、“投产一批”项目%d个。",
      total, invest, output, signed, started, produced),
    string.format("%s表示,一是坚持精准招商,狠抓项目落地;二是加强统筹调度,每周召开项目调度会;三是持续优化营商环境,以%s服务企业发展。",
      leader, "“" .. pick(slogans) .. "”"),
    string.format("当天,%d MW/%d MWh储能电站等项目在%s进行集中签约,另有配套资金%s万元到位。", mw, mw * 4, district, chinese_numerals[small]),
  }
  lines[#lines] = lines[#lines]:gsub(" MW", "MW")
  lines[#lines + 1] = string.format("签约仪式上,%s市%s与%s签署投资协议。市%s负责同志表示,将为项目提供全程代办服务。",
    city, department[1], company, department[2])
  for _ = 1, math.random(8, 14) do
    lines[#lines + 1] = string.format(pick(extra_paragraphs), pick({ city, leader, pick(slogans) }))
  end
  return lines, facts, title
end

-- Traditional script; annotated: pinyin after each converted character we know.
local function traditional(text, annotate)
  local t = zh.s2t(text)
  if not annotate then return t, 0 end
  local s_chars, t_chars = {}, {}
  for _, c in utf8.codes(text) do s_chars[#s_chars + 1] = utf8.char(c) end
  for _, c in utf8.codes(t) do t_chars[#t_chars + 1] = utf8.char(c) end
  if #s_chars ~= #t_chars then return t, 0 end
  local parts, added = {}, 0
  for i, c in ipairs(t_chars) do
    parts[#parts + 1] = c
    if c ~= s_chars[i] and pinyin[s_chars[i]] then
      parts[#parts + 1] = "(" .. pinyin[s_chars[i]] .. ")"
      added = added + 1
    end
  end
  return table.concat(parts), added
end

local function mkdir(path) os.execute("mkdir -p '" .. path .. "'") end
local function write(path, bytes)
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
end

local function csv_cell(s) return '"' .. s:gsub('"', '""') .. '"' end

local function utf16le(s)
  local parts = { "\xFF\xFE" }
  for _, c in utf8.codes(s) do
    if c >= 0x10000 then
      c = c - 0x10000
      parts[#parts + 1] = string.pack("<I2I2", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF))
    else
      parts[#parts + 1] = string.pack("<I2", c)
    end
  end
  return table.concat(parts)
end

local function gb18030(path, text)
  local pipe = assert(io.popen("iconv -f UTF-8 -t GB18030 > '" .. path .. "'", "w"))
  pipe:write(text)
  assert(pipe:close(), "iconv failed for " .. path)
end

mkdir(out .. "/txt"); mkdir(out .. "/feeds")
local manifest = { articles = {}, problems = {}, reprints = {} }

-- A reprint of an article's Simplified lines (title first), changed as `change` says.
local reprint_changes = { "new title", "dropped", "reordered", "other script", "pinyin" }
local function reprint_lines(lines, change, script)
  local copy = { table.unpack(lines) }
  if change == "new title" then
    copy[1] = pick({ "重磅！", "关注：", "聚焦" }) .. pick(cities) .. "一批重点项目" .. pick(events) .. pick({ "", "落地", "见效" })
  elseif change == "dropped" then
    for _ = 1, 2 do table.remove(copy, math.random(5, #copy)) end  -- two paragraphs of the body
  elseif change == "reordered" then
    for _ = 1, 3 do
      local i, j = math.random(5, #copy), math.random(5, #copy)
      copy[i], copy[j] = copy[j], copy[i]
    end
  end
  local other = script == "simplified" and "traditional" or "simplified"
  for i, line in ipairs(copy) do
    if change == "pinyin" then copy[i] = traditional(line, true)
    elseif change == "other script" and other == "traditional" then copy[i] = zh.s2t(line)
    elseif change ~= "other script" and script == "traditional" then copy[i] = zh.s2t(line) end
  end
  return copy
end
local footer = { "扫一扫在手机上查看当前页面", "责任编辑:" .. pick(surnames) .. pick(given) }

-- The shape of article n: which script, which file kind.
local shapes = { "txt-simplified", "txt-traditional", "txt-annotated", "jsonl", "csv", "json", "txt-gb18030",
                 "tsv", "txt-utf16", "jsonl-escaped" }
local feeds = {}   -- file -> list of records
local per_feed = 200

for n = 1, count do
  local lines, facts, title = make_article()
  local shape = shapes[(n - 1) % #shapes + 1]
  local script = (shape == "txt-simplified" or shape == "jsonl-escaped" or shape == "tsv") and "simplified" or "traditional"
  local annotate = shape == "txt-annotated" or shape == "csv"
  local body, annotations = {}, 0
  for i, line in ipairs(lines) do
    local text, added = line, 0
    if script == "traditional" then text, added = traditional(line, annotate) end
    body[i] = text
    annotations = annotations + added
  end
  local clean_title = script == "traditional" and zh.s2t(title) or title
  for _, line in ipairs(footer) do
    body[#body + 1] = script == "traditional" and zh.s2t(line) or line
  end
  local function written(text) return script == "traditional" and zh.s2t(text) or text end
  local entry = { n = n, shape = shape, title = clean_title, date = facts.date, pinyin = annotations,
                  photographer = written(facts.photographer), people = { written(facts.people[1]), written(facts.people[2]) },
                  projects = facts.projects, money = facts.money, boilerplate = #footer,
                  orgs = { written(facts.orgs[1]), written(facts.orgs[2]) } }
  if shape:sub(1, 3) == "txt" then
    local path = string.format("%s/txt/%05d-%s.txt", out, n, shape:sub(5))
    local text = table.concat(body, "\n") .. "\n"
    if shape == "txt-gb18030" then gb18030(path, text)
    elseif shape == "txt-utf16" then write(path, utf16le(text))
    else write(path, text) end
    entry.file = path
  else
    local kind = shape == "jsonl-escaped" and "jsonl" or shape
    local group = math.floor((n - 1) / (#shapes * per_feed))
    local file = string.format("%s/feeds/%s-%03d.%s", out, shape, group, kind)
    feeds[file] = feeds[file] or { kind = kind, records = {} }
    local records = feeds[file].records
    local content = table.concat(body, "\n", 2)
    if shape == "jsonl-escaped" then content = content:gsub("\n", "\\n") end  -- literal backslash-n in the text
    records[#records + 1] = { title = body[1], content = content, date = facts.date, source = facts.city .. "日报",
                              id = "gen-" .. n, url = "https://example.org/" .. n }
    entry.file, entry.id = file, "gen-" .. n
  end
  manifest.articles[#manifest.articles + 1] = entry
  if reprints and n % 4 == 0 then
    local change = reprint_changes[(n // 4 - 1) % #reprint_changes + 1]
    local path = string.format("%s/reprints/%05d-%s.txt", out, n, change:gsub(" ", "-"))
    mkdir(out .. "/reprints")
    write(path, table.concat(reprint_lines(lines, change, script), "\n") .. "\n來源：" .. pick(cities) .. "新闻网\n")
    manifest.reprints[#manifest.reprints + 1] = { file = path, of = entry.id or entry.file, change = change }
  end
end

for file, feed in pairs(feeds) do
  local chunks = {}
  if feed.kind == "jsonl" or feed.kind == "json" then
    for i, r in ipairs(feed.records) do
      chunks[i] = dossier.json(r)
    end
    write(file, feed.kind == "json" and "[\n" .. table.concat(chunks, ",\n") .. "\n]\n" or table.concat(chunks, "\n") .. "\n")
  else
    local sep = feed.kind == "csv" and "," or "\t"
    chunks[1] = table.concat({ "id", "title", "date", "source", "content" }, sep)
    for i, r in ipairs(feed.records) do
      local cells = { r.id, r.title, r.date, r.source, r.content }
      if feed.kind == "csv" then for j, c in ipairs(cells) do cells[j] = csv_cell(c) end
      else for j, c in ipairs(cells) do cells[j] = c:gsub("\t", " "):gsub("\n", "\\n") end end  -- TSV exports escape newlines
      chunks[i + 1] = table.concat(cells, sep)
    end
    write(file, table.concat(chunks, "\n") .. "\n")
  end
end

if broken then
  local dir = out .. "/broken"
  mkdir(dir)
  local function problem(path, kind) manifest.problems[#manifest.problems + 1] = { path = path, kind = kind } end
  local lines = make_article()
  local text = table.concat(lines, "\n")
  -- cut inside the last multi-byte character
  local cut = #text
  while text:byte(cut) < 0x80 do cut = cut - 1 end
  write(dir .. "/truncated.txt", text:sub(1, cut - 1)); problem(dir .. "/truncated.txt", "replaced")
  write(dir .. "/binary.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR" .. string.rep("\0\1\2\3", 64)); problem(dir .. "/binary.txt", "binary")
  write(dir .. "/empty.txt", "  \n"); problem(dir .. "/empty.txt", "empty")
  write(dir .. "/undecodable.txt", lines[1] .. "\n" .. lines[4] .. "\xff\xfe\xff" .. lines[5] .. "\n"); problem(dir .. "/undecodable.txt", "replaced")
  write(dir .. "/feed.jsonl", '{"title":"' .. lines[1] .. '","content":"' .. lines[4] .. '"}\n{"title": "cut off\n{"headline":"no body"}\n')
  problem(dir .. "/feed.jsonl", "malformed:2"); problem(dir .. "/feed.jsonl", "no text:3")
  write(dir .. "/table.csv", 'title,content\n"' .. lines[1] .. '","' .. lines[4] .. '"\n"open quote,never closed\n')
  problem(dir .. "/table.csv", "unterminated")
  write(dir .. "/notes.docx", "PK\3\4 not a corpus"); problem(dir .. "/notes.docx", "not a corpus format")

  -- exports from Windows and old Macs: every record must load whatever the line ending
  local function record(i) return dossier.json({ title = lines[1] .. i, content = lines[4] }) end
  for name, ending in pairs({ crlf = "\r\n", cr = "\r" }) do
    local records = {}
    for i = 1, 5 do records[i] = record(i) end
    write(dir .. "/" .. name .. ".jsonl", table.concat(records, ending) .. ending); problem(dir .. "/" .. name .. ".jsonl", "loads:5")
  end
  write(dir .. "/with-null.json", "[" .. record(1) .. ",null," .. record(2) .. "]")
  problem(dir .. "/with-null.json", "loads:2"); problem(dir .. "/with-null.json", "null element")
  -- one NUL byte from a broken export: still a text file
  write(dir .. "/nul.csv", "title,content\n" .. csv_cell(lines[1]) .. "," .. csv_cell(lines[4] .. "\0" .. lines[5]) .. "\n")
  problem(dir .. "/nul.csv", "loads:1")
  -- UTF-8 with a damaged byte every few characters stays UTF-8, its bad bytes counted
  local damaged = text:gsub("\xef\xbc\x8c", "\xff%0"):gsub("\xe3\x80\x82", "\xff%0")  -- before each ， and 。
  write(dir .. "/damaged.txt", damaged); problem(dir .. "/damaged.txt", "utf-8")  -- more than 20 bad bytes
  -- what a folder from a Windows zip or a careless copy holds
  write(dir .. "/.hidden.txt", text); problem(dir .. "/.hidden.txt", "hidden")
  write(dir .. "/\xb1\xa8\xb8\xe6.txt", text); problem(dir .. "/\\xB1\\xA8\\xB8\\xE6.txt", "loads:1")  -- 报告 in GBK
  os.execute("cd '" .. dir .. "' && ln -s truncated.txt link.txt && ln -s . loop && mkfifo pipe.txt")
  problem(dir .. "/link.txt", "same file"); problem(dir .. "/pipe.txt", "not a regular file")
end

if manifest_path then write(manifest_path, dossier.json(manifest) .. "\n") end
print(string.format("wrote %d articles%s to %s", count, broken and " and broken files" or "", out))

-- Names users teach (zh.names, zh.orgs, zh.places and names files): found in both scripts,
-- removed ones never reported, articles already extracted extract again.
--- A temporary file holding `text` as written (bytes, no newline conversion); its path.
local function temporary(text)
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
  return path
end

local function article(body)
  local path = temporary("标题\n" .. body .. "\n")
  local a = corpus.load(path, { quiet = true })[1]
  os.remove(path)
  return a
end

local function names(records)
  local out = {}
  for _, r in ipairs(records) do out[r.name] = true end
  return out
end

describe("names users teach", function()
  after_each(function()
    for _, ns in ipairs({ zh.names, zh.orgs, zh.places }) do ns.clear() end
  end)

  it("finds a taught person in either script", function()
    zh.names.add({ "歐陽春曉" })  -- taught in Traditional script
    local simplified = article("上午，欧阳春晓带队检查了园区的安全生产工作。")
    local traditional = article("上午，歐陽春曉帶隊檢查了園區的安全生產工作。")
    assert.is_true(names(simplified:people())["欧阳春晓"])
    assert.is_true(names(traditional:people())["歐陽春曉"])
  end)

  it("extracts an article again after names change", function()
    local a = article("会上，雲岡石窟研究院通报了保护工作。")
    zh.orgs.add({ "云冈石窟研究院" })
    assert.is_true(names(a:orgs())["云冈石窟研究院"], "an organisation's name is its Simplified form")
    zh.orgs.remove({ "云冈石窟研究院" })
    assert.is_nil(names(a:orgs())["云冈石窟研究院"], "the same article, extracted again")
  end)

  it("removes a name the tagger finds", function()
    local seed = corpus.load(dossier.sample .. "/seed-article.txt", { quiet = true })[1]
    assert.is_true(names(seed:people())["盧東亮"])
    zh.names.remove({ "卢东亮" })
    assert.is_nil(names(seed:people())["盧東亮"])
    assert.same({ "卢东亮" }, zh.names.list().removed)
    zh.names.add({ "卢东亮" })  -- adding takes it off the removed list
    assert.is_true(names(seed:people())["盧東亮"])
  end)

  it("reads a names file given to corpus.load", function()
    local file = temporary("# people, organisations and places for this corpus\n歐陽春曉\norg 云冈石窟研究院\nplace 平城新区\n")
    local folder = os.tmpname()
    os.remove(folder)
    os.execute("mkdir -p " .. folder)
    local g = assert(io.open(folder .. "/a.txt", "w"))  -- a folder, so names come with a corpus as users load one
    g:write("标题\n欧阳春晓在平城新区主持召开云冈石窟研究院工作会议。\n")
    g:close()
    local a = corpus.load(folder, { quiet = true, names = file })[1]
    os.remove(folder .. "/a.txt")
    os.remove(folder)
    os.remove(file)
    assert.is_true(names(a:people())["欧阳春晓"])
    assert.is_true(names(a:orgs())["云冈石窟研究院"])
    assert.is_true(names(a:places())["平城新区"])
  end)

  it("reads a names file with a byte-order mark and CRLF line ends", function()
    local file = temporary("\239\187\191歐陽春曉\r\norg 云冈石窟研究院\r\n")
    corpus.load(dossier.sample .. "/seed-article.txt", { quiet = true, names = file })
    os.remove(file)
    assert.same({ "云冈石窟研究院" }, zh.orgs.list().added)
    assert.same({ "欧阳春晓" }, zh.names.list().added, "the mark is not part of the first name")
  end)

  it("says which line of a names file is wrong", function()
    local file = temporary("歐陽春曉\ncompany 云冈石窟研究院\n")
    local ok, err = pcall(corpus.load, dossier.sample .. "/seed-article.txt", { quiet = true, names = file })
    os.remove(file)
    assert.is_false(ok)
    assert.matches(":2: unknown kind \"company\"", err, 1, true)
    assert.is_nil(zh.names.list().added[1], "nothing of a wrong file is taught")
  end)

  it("refuses what is not a list of names", function()
    assert.has_error(function() zh.names.add({ 1, 2 }) end)
  end)
end)

describe("zh.tag", function()
  it("gives what the tagger alone reads, at its byte offsets", function()
    local s = "第一行。\n國家主席習近平在北京會見外賓。"
    local found, kinds = zh.tag(s), {}
    for _, name in ipairs(found) do
      assert.are.equal(name.text, s:sub(name.offset, name.offset + #name.text - 1))
      kinds[name.text] = name.kind
    end
    assert.are.equal("person", kinds["習近平"])
    assert.are.equal("place", kinds["北京"])
  end)
end)

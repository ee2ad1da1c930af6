-- The rows of classify and the entries of lookup (smtperr.cli.classify,
-- smtperr.cli.lookup), called in this process.
local smtperr = require("smtperr")
local classify = require("smtperr.cli.classify")
local lookup = require("smtperr.cli.lookup")

local json do
  local ok, cjson = pcall(require, "cjson")
  json = ok and cjson or require("dkjson")
end
local codec = require("smtperr.cli.json").load()

describe("smtperr.cli.classify rows", function()
  local r = smtperr.classify("451 4.7.1 Greylisting in action,\tplease come back in 00:05:00")

  it("tsv_row: the eight columns, control characters as spaces", function()
    assert.are.equal("451\t4.7.1\ttransient\tgreylisted\tsoft\tretry\ttrue\t"
      .. "Greylisting in action, please come back in 00:05:00\n", classify.tsv_row(r))
    assert.are.equal("\t\t\t\t\t\t\t\n", classify.tsv_row(nil))
  end)

  it("json_row: every field, null when unknown; an error with its line", function()
    local object = json.decode(classify.json_row(codec, r, nil, 3))
    assert.are.same({ 451, "4.7.1", "greylisted", 300, true },
                    { object.code, object.enhanced, object.reason, object.retry_after, object.retry })
    assert.are.equal(json.null, object.provider)
    assert.are.same({ error = "empty line", line = 8 },
                    json.decode(classify.json_row(codec, nil, "empty line", 8)))
    assert.are.equal("bad é", json.decode(classify.json_row(codec, nil, "bad \233", 1)).error)
  end)
end)

describe("smtperr.cli.lookup entry_text", function()
  it("the code and title, then the labelled fields, aligned", function()
    local e = smtperr.lookup(550)
    local lines = {}
    for line in lookup.entry_text(e, "en"):gmatch("([^\n]*)\n") do lines[#lines + 1] = line end
    assert.are.equal("550  " .. e.title, lines[1])
    assert.are.equal("Class:      permanent failure", lines[2])
    assert.matches("^Meaning:    ", lines[3])
    assert.are.equal("Standard:   yes", lines[#lines - 1])
    assert.are.equal("Source:     " .. e.source, lines[#lines])
  end)

  it("in French, with the class name when the words do not show it", function()
    local text = lookup.entry_text(smtperr.lookup(101, "fr"), "fr")
    assert.truthy(text:find("\nClasse :    échec temporaire (transient)\n", 1, true))
    assert.truthy(text:find("\nNorme :     non (code non standard)\n", 1, true))
  end)
end)

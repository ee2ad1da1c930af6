-- The JSON codec of --json (smtperr.cli.json), with lua-cjson and with dkjson.
local json = require("smtperr.cli.json")
local errors = require("smtperr.cli.errors")

local libraries = {
  { name = "cjson", make = json.cjson_codec },
  { name = "dkjson", make = json.dkjson_codec },
}

describe("smtperr.cli.json", function()
  for _, library in ipairs(libraries) do
    describe("with " .. library.name, function()
      local ok, module = pcall(require, library.name)
      local codec = ok and library.make(module)

      it("encodes empty lists as [] and empty objects as {}", function()
        if not codec then return pending(library.name .. " is not installed") end
        assert.are.equal("[]", codec.encode(codec.array({})))
        assert.are.equal("{}", codec.encode(codec.object({})))
        local text = codec.encode({ list = codec.array({}), map = codec.object({}) })
        assert.truthy(text:find('"list":[]', 1, true), text)
        assert.truthy(text:find('"map":{}', 1, true), text)
      end)

      it("encodes null, lists, numbers, booleans and UTF-8 strings", function()
        if not codec then return pending(library.name .. " is not installed") end
        assert.are.equal('{"a":null}', codec.encode({ a = codec.null }))
        assert.are.equal('[1,2,3]', codec.encode(codec.array({ 1, 2, 3 })))
        assert.are.equal('[true,false,"échec"]', codec.encode({ true, false, "échec" }))
        assert.are.equal('{"retry_after":300}', codec.encode({ retry_after = 300 }))
      end)
    end)
  end

  it("a cjson without empty_array still writes []", function()
    local ok, cjson = pcall(require, "cjson")
    if not ok then return pending("cjson is not installed") end
    local codec = json.cjson_codec({ null = cjson.null, encode = cjson.encode })
    assert.are.equal('{"entries":[]}', codec.encode({ entries = codec.array({}) }))
    assert.are.equal('{"entries":[1]}', codec.encode({ entries = codec.array({ 1 }) }))
  end)

  describe("load", function()
    -- Runs fn with the named modules impossible to require.
    local function without(names, fn)
      local saved_loaded, saved_preload = {}, {}
      for _, name in ipairs(names) do
        saved_loaded[name], saved_preload[name] = package.loaded[name], package.preload[name]
        package.loaded[name] = nil
        package.preload[name] = function() error("no " .. name) end
      end
      local ok, err = pcall(fn)
      for _, name in ipairs(names) do
        package.loaded[name], package.preload[name] = saved_loaded[name], saved_preload[name]
      end
      if not ok then error(err, 0) end
    end

    it("takes dkjson when cjson is missing", function()
      if not pcall(require, "dkjson") then return pending("dkjson is not installed") end
      without({ "cjson" }, function()
        local codec = json.load()
        assert.are.equal(require("dkjson").null, codec.null)
        assert.are.equal('{"hard_bounces":[]}', codec.encode({ hard_bounces = codec.array({}) }))
      end)
    end)

    it("fails with status 1 and a hint without any JSON library", function()
      without({ "cjson", "dkjson" }, function()
        local ok, err = pcall(json.load)
        assert.is_false(ok)
        assert.is_true(errors.is_failure(err))
        assert.are.equal(1, err.status)
        assert.are.equal("--json needs a JSON library: install lua-cjson or dkjson "
          .. "(apt-get install lua-cjson)", errors.message(err))
      end)
    end)
  end)
end)

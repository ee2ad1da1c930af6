-- The JSON codec of --json: lua-cjson, else dkjson, behind one interface:
--   codec.null        the value that encodes as null
--   codec.array(t)    t, marked to encode as a list even when empty
--   codec.object(t)   t, marked to encode as an object even when empty
--   codec.encode(v)   the JSON text of v
local errors = require("smtperr.cli.errors")

local json = {}

-- An empty list encoded by a cjson without empty_array: replaced after.
local EMPTY_ARRAY = "\0smtperr:[]\0"

function json.cjson_codec(cjson)
  return {
    null = cjson.null,
    array = function(t)
      if next(t) ~= nil then return t end
      return cjson.empty_array or EMPTY_ARRAY
    end,
    object = function(t) return t end,      -- an empty table is {} by default
    encode = function(v)
      local text = cjson.encode(v)
      if cjson.empty_array or not text:find("smtperr:[]", 1, true) then return text end
      return (text:gsub('"\\u0000smtperr:%[%]\\u0000"', "[]"))
    end,
  }
end

function json.dkjson_codec(dkjson)
  return {
    null = dkjson.null,
    array = function(t) return setmetatable(t, { __jsontype = "array" }) end,
    object = function(t) return setmetatable(t, { __jsontype = "object" }) end,
    encode = function(v) return dkjson.encode(v) end,
  }
end

-- The codec of the first library found; a failure when there is none.
function json.load()
  local ok, cjson = pcall(require, "cjson")
  if ok and type(cjson) == "table" then return json.cjson_codec(cjson) end
  local ok2, dkjson = pcall(require, "dkjson")
  if ok2 and type(dkjson) == "table" then return json.dkjson_codec(dkjson) end
  errors.fail("--json needs a JSON library: install lua-cjson or dkjson (apt-get install lua-cjson)")
end

return json

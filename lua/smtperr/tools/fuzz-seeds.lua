--[[
fuzz-seeds.lua: writes the seed corpora of the fuzz harnesses (make fuzz)
from the specs' fixtures, one folder per harness, under OUT_DIR:

  lua5.4 lua/smtperr/tools/fuzz-seeds.lua OUT_DIR [HARNESS...]

Nothing it writes is committed: the seeds come from the fixtures each time.
A new harness is one entry of `seeds` below (its name is the one of
src/fuzz/fuzz_NAME.c and of FUZZERS in the Makefile).
]]

local out_dir = arg[1]
if not out_dir then
  io.stderr:write("usage: fuzz-seeds.lua OUT_DIR [HARNESS...]\n")
  os.exit(2)
end

local FIXTURES = "spec/fixtures/"
local REPLY_TABLES = { "vendor-replies.tsv", "realworld-replies.tsv", "realworld-replies-2.tsv",
                       "realworld-replies-3.tsv", "realworld-replies-4.tsv", "multilingual-replies.tsv" }

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function files_in(dir, suffix)
  local list = {}
  local p = assert(io.popen('ls -1 "' .. dir .. '"'))
  for name in p:lines() do
    if suffix == "" or name:sub(-#suffix) == suffix then list[#list + 1] = dir .. "/" .. name end
  end
  p:close()
  return list
end

-- The cells of the column NAME of a fixture table, appended to list (a
-- literal \n is a line break).
local function column_of(path, name, list)
  local column
  for line in io.lines(path) do
    local fields = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do fields[#fields + 1] = field end
    if column == nil then
      for i, f in ipairs(fields) do if f == name then column = i end end
    elseif fields[column] and fields[column] ~= "" then
      list[#list + 1] = (fields[column]:gsub("\\n", "\n"))
    end
  end
  return list
end

-- The replies of the fixture tables.
local function replies()
  local list = {}
  for _, name in ipairs(REPLY_TABLES) do column_of(FIXTURES .. name, "reply", list) end
  return list
end

-- The patterns and phrases of the data, as rules-file lines.
local function rule_lines()
  local data = dofile("src/data/phrases.lua")
  local lines = {}
  for _, entry in ipairs(data.reasons) do
    local phrase, reason = entry[1], entry[2]
    if phrase:find("{", 1, true) or phrase:find(" ... ", 1, true) or #lines < 40 then
      lines[#lines + 1] = reason .. ": " .. phrase
    end
  end
  return lines
end

-- An input of src/fuzz/fuzz_lua.c (see src/fuzz/fuzz_lua.lua): the call,
-- flags, a number, six short fields and the text.
local function lua_input(op, flags, number, fields, text)
  local parts = { string.char(op, flags, number >> 8 & 255, number & 255) }
  for k = 1, 6 do
    local f = (fields[k] or ""):sub(1, 255)
    parts[#parts + 1] = string.char(#f) .. f
  end
  parts[#parts + 1] = text
  return table.concat(parts)
end

-- Each harness: a function that calls put(bytes) for each seed.
local seeds = {
  core = function(put)
    for _, path in ipairs(files_in(FIXTURES .. "fuzz-corpus", "")) do put(read(path)) end
    for _, reply in ipairs(replies()) do put(reply) end
  end,

  rules = function(put)
    for _, path in ipairs(files_in(FIXTURES .. "rules", ".txt")) do put(read(path)) end
    put(read(FIXTURES .. "rules.txt"))
    local lines = rule_lines()
    for i = 1, #lines, 8 do put(table.concat(lines, "\n", i, math.min(i + 7, #lines)) .. "\n") end
  end,

  bounce = function(put)
    for _, path in ipairs(files_in(FIXTURES .. "bounces", ".eml")) do put(read(path)) end
    put(read(FIXTURES .. "bounce-dsn.eml"))
  end,

  logline = function(put)
    for _, path in ipairs(files_in(FIXTURES .. "fuzz-corpus-logline", "")) do put(read(path)) end
    for _, path in ipairs(files_in(FIXTURES .. "logs", ".tsv")) do
      local lines = column_of(path, "line", {})
      for i = 1, #lines, 4 do put(table.concat(lines, "\n", i, math.min(i + 3, #lines)) .. "\n") end
    end
    put(read(FIXTURES .. "sample-mail.log"))
  end,

  lua = function(put)
    local list = replies()
    for i = 1, #list, 3 do
      local reply = list[i]
      local code = tonumber(reply:match("^(%d%d%d)[ -]")) or 550
      put(lua_input(i % 7 == 0 and 2 or 0, 0x20 * (i % 3), code, {}, reply))
      put(lua_input(1, 0, code, {}, reply:gsub("^%d%d%d[ -]", "")))
      put(lua_input(6, 0x01 + 0x08 + 0x10, code, { reply:sub(5, 30) }, reply))
    end
    for _, key in ipairs({ "550", "5.1.1", "4.7.26", "511", "999" }) do put(lua_input(4, 0x20, 0, {}, key)) end
    put(lua_input(3, 0x40, 421, {}, ""))
    local bounces = files_in(FIXTURES .. "bounces", ".eml")
    for i = 1, #bounces, 6 do
      local message = read(bounces[i])
      put(lua_input(5, 0x01, 0, { "X-Campaign-Id", "Subject" }, message))
      put(lua_input(6, 0x01, 7, { "mailbox unavailable" }, message))
    end
    for _, path in ipairs(files_in(FIXTURES .. "rules", ".txt")) do
      put(lua_input(7, 0, 0, { "550 5.7.1 rejected by corporate firewall" }, read(path)))
    end
    for k, path in ipairs(files_in(FIXTURES .. "logs", ".tsv")) do
      local lines = column_of(path, "line", {})
      for i = 1, #lines, 6 do
        put(lua_input(8, k % 2, 40 * i + k, { "status" }, table.concat(lines, "\n", i, math.min(i + 5, #lines))))
      end
    end
  end,
}

local wanted = {}
for i = 2, #arg do wanted[arg[i]] = true end
for name, make in pairs(seeds) do
  if next(wanted) == nil or wanted[name] then
    local dir = out_dir .. "/" .. name
    assert(os.execute('rm -rf "' .. dir .. '" && mkdir -p "' .. dir .. '"'))
    local n = 0
    make(function(bytes)
      n = n + 1
      local f = assert(io.open(("%s/seed-%05d"):format(dir, n), "wb"))
      f:write(bytes)
      f:close()
    end)
    print(("fuzz-seeds: %s: %d seeds in %s"):format(name, n, dir))
  end
end

-- Reading the inputs of classify and scan: files (gzip-compressed ones
-- through gzip -dc) and standard input, by blocks. Read line by line, a
-- line still unfinished past MAX_LINE bytes at the end of a block is cut at
-- MAX_LINE, so that memory stays bounded whatever the input.
local console = require("smtperr.cli.console")

local input = {}

input.BLOCK = 65536                 -- bytes read at a time
input.LOG_BLOCK = 1048576           -- by the log reader: fewer, larger reads cost less
input.MAX_LINE = 1048576            -- a longer line is cut there (see above)
input.MAX_MESSAGE = 67108864        -- a longer message (a bounce read whole) is cut there

local function without_cr(line)
  return (line:gsub("\r$", ""))
end

-- Calls on_line(line) for each line of f (an open file, or anything with
-- f:read(n)), without its "\n" or "\r\n"; on_bytes(n), when given, sees the
-- bytes of each block read. Returns true, or nil and a message on a read
-- error.
function input.read_lines(f, on_line, on_bytes)
  local carry, skipping = "", false   -- the unfinished line; true past MAX_LINE
  while true do
    local block, err = f:read(input.BLOCK)
    if not block then
      if err then return nil, err end
      break
    end
    local pos = 1
    while true do
      local nl = block:find("\n", pos, true)
      if not nl then break end
      if not skipping then on_line(without_cr(carry .. block:sub(pos, nl - 1))) end
      carry, skipping = "", false
      pos = nl + 1
    end
    if not skipping then
      carry = carry .. block:sub(pos)
      if #carry > input.MAX_LINE then
        on_line(carry:sub(1, input.MAX_LINE))
        carry, skipping = "", true
      end
    end
    if on_bytes then on_bytes(#block) end
  end
  if carry ~= "" and not skipping then on_line(without_cr(carry)) end
  return true
end

-- A file f that gives 'block' first, then the rest of f: for an input
-- whose first block was read to see what it is.
function input.prepend(block, f)
  return {
    read = function(_, n)
      if block == nil then return f:read(n) end
      local b = block
      block = nil
      return b
    end,
  }
end

-- The name quoted for the shell (sh -c).
local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- Is the name a directory? "name/." opens only then, and opening it does
-- not open the name itself (a named pipe would wait for its writer).
local function is_directory(name)
  local f = name ~= "-" and io.open(name .. "/.", "rb")
  if not f then return false end
  f:close()
  return true
end

-- The files of a directory, in name order: a Maildir's messages (cur/ and
-- new/), or else the directory's own files. Through find(1): plain Lua
-- cannot list a directory.
local function files_of(dir)
  local maildir = is_directory(dir .. "/cur") or is_directory(dir .. "/new")
  local where = maildir and shell_quote(dir .. "/cur") .. " " .. shell_quote(dir .. "/new")
                or shell_quote(dir)
  local p = io.popen("find " .. where .. " -maxdepth 1 -type f 2>/dev/null | LC_ALL=C sort")
  local files = {}
  if p then
    for line in p:lines() do files[#files + 1] = line end
    p:close()
  end
  return files
end

-- The inputs named, each directory replaced by its files (a Maildir's
-- messages): scan ~/Maildir/.Bounces reads each message of that folder.
function input.expand(names)
  local out = {}
  for _, name in ipairs(names) do
    if is_directory(name) then
      for _, file in ipairs(files_of(name)) do out[#out + 1] = file end
    else
      out[#out + 1] = name
    end
  end
  return out
end

-- Opens a named input: "-" is standard input, a file starting with gzip's
-- magic bytes is read through "gzip -dc". Returns the file and a function
-- that closes it (returning false when gzip failed, on Lua 5.2 and later),
-- or nil and a message.
function input.open(name)
  if name == "-" then return io.stdin, function() return true end end
  local f, err = io.open(name, "rb")
  if not f then return nil, err end
  local magic = f:read(2)
  if magic ~= "\31\139" then
    local close = function() f:close() return true end
    if magic == nil or f:seek("set", 0) then return f, close end
    return input.prepend(magic, f), close       -- a pipe: what was read cannot be read again
  end
  f:close()
  local p = io.popen("gzip -dc -- " .. shell_quote(name))
  if not p then return nil, name .. ": cannot run gzip" end
  return p, function()
    local ok, how, code = p:close()
    return ok ~= nil and ok ~= false and not (how == "exit" and code ~= 0)
  end
end

-- Reads one named input ("-": standard input) with read(f); returns false,
-- after a warning, when it cannot be opened or read.
local function read_input(name, handlers, read)
  local f, close = input.open(name)
  if not f then
    console.warn("cannot open " .. close)
    return false
  end
  if handlers.file then handlers.file(name) end
  local ok, read_err = read(f)
  local closed = close()
  if not ok then
    console.warn("cannot read " .. name .. ": " .. tostring(read_err))
    return false
  end
  if not closed then
    console.warn("cannot read " .. name .. ": gzip failed")
    return false
  end
  return true
end

-- Reads each named input in turn (standard input when there is none). The
-- handlers are line(s), and optionally bytes(n) and file(name), called
-- before the first line of each input opened. Returns false when an input
-- could not be opened or read: the others are read all the same.
function input.each_line(names, handlers)
  return input.each(names, handlers, function(f)
    return input.read_lines(f, handlers.line, handlers.bytes)
  end)
end

-- Opens each named input in turn (standard input when there is none),
-- calls handlers.file(name), then read(f), which returns true or nil and
-- a message. Returns false when an input could not be opened or read.
function input.each(names, handlers, read)
  if #names == 0 then names = { "-" } end
  local all_read = true
  for _, name in ipairs(names) do
    all_read = read_input(name, handlers, read) and all_read
  end
  return all_read
end

return input

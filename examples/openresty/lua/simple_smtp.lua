-- examples/openresty/lua/simple_smtp.lua - a small SMTP client on ngx.socket.tcp
-- (cosocket: it does not block the nginx worker), enough to send one plain-text
-- message without TLS or AUTH. For real use, lua-resty-mail (GUI/lua-resty-mail)
-- adds STARTTLS, SMTPS, AUTH and attachments behind the same calls:
--
--   local mailer = simple_smtp.new({ host = "127.0.0.1", port = 25 })
--   local ok, err = mailer:send({ from = "me@example.com", to = { "bob@example.org" },
--                                 subject = "Hello", text = "Hi Bob" })
--
-- send returns true, or false and an error that says after which command it
-- came and what came: the server's whole reply (the lines of a multi-line reply
-- joined by "\n"), or the socket's word when no reply came ("closed", "timeout",
-- "connection refused"):
--
--   SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550-5.1.1 ...
--   SMTP error from remote mail server after RCPT TO:<bob@example.org>: closed
--
-- smtperr.classify reads these (the stage gives it `command`, the <address> `address`).

local tcp = ngx.socket.tcp

local _M = {}
local mt = { __index = _M }

function _M.new(options)
  options = options or {}
  return setmetatable({
    host = options.host or "127.0.0.1",     -- a name needs nginx's `resolver`
    port = options.port or 25,
    domain = options.domain or "localhost.localdomain",    -- for EHLO
    timeout = options.timeout or 10000,     -- ms, for connect, each send and each read
  }, mt)
end

local function failure(stage, what)
  return "SMTP error from remote mail server after " .. stage .. ": " .. tostring(what)
end

-- One reply: its code and its lines joined by "\n"; or nil and the socket's error.
local function read_reply(sock)
  local lines = {}
  while true do
    local line, err = sock:receive("*l")
    if not line then return nil, err end
    lines[#lines + 1] = line
    if line:sub(4, 4) ~= "-" then break end     -- "250-" goes on, "250 " ends
  end
  local reply = table.concat(lines, "\n")
  local code = tonumber(lines[#lines]:match("^(%d%d%d)"))
  if not code then return nil, "invalid reply: " .. reply end
  return code, reply
end

-- Sends a command (unless nil), reads the reply; it must be in [want, want + 99].
-- After a socket error, c.broken is set: no QUIT then (and no second timeout).
local function step(c, stage, command, want)
  if command then
    local ok, err = c.sock:send(command .. "\r\n")
    if not ok then
      c.broken = true
      return nil, failure(stage, err)
    end
  end
  local code, reply = read_reply(c.sock)
  if not code then
    if not reply:find("^invalid reply") then c.broken = true end
    return nil, failure(stage, reply)
  end
  if code < want or code > want + 99 then return nil, failure(stage, reply) end
  return reply
end

local function clean(value, what)
  value = tostring(value or "")
  if value:find("[\r\n]") then error(what .. " may not hold a line break", 0) end
  return value
end

local function message(self, m)
  local to = {}
  for i, addr in ipairs(m.to) do to[i] = clean(addr, "to") end
  local text = tostring(m.text or ""):gsub("\r?\n", "\r\n")
  text = text:gsub("^%.", ".."):gsub("\r\n%.", "\r\n..")        -- dot-stuffing
  if text:sub(-2) ~= "\r\n" then text = text .. "\r\n" end
  return table.concat({
    "From: " .. clean(m.from, "from"),
    "To: " .. table.concat(to, ", "),
    "Subject: " .. clean(m.subject, "subject"),
    "Date: " .. os.date("!%a, %d %b %Y %H:%M:%S +0000", ngx.time()),
    "Message-ID: <" .. ngx.now() .. "." .. math.random(1e9) .. "@" .. self.domain .. ">",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    text,
  }, "\r\n")
end

local function transaction(self, c, m)
  local ok, err = c.sock:connect(self.host, self.port)
  if not ok then
    c.broken = true
    return nil, "connect to " .. self.host .. ":" .. self.port .. " failed: " .. err
  end
  local _, e = step(c, "initial connection", nil, 200)
  if e then return nil, e end
  _, e = step(c, "EHLO " .. self.domain, "EHLO " .. self.domain, 200)
  if e then return nil, e end
  local from = "MAIL FROM:<" .. clean(m.from, "from") .. ">"
  _, e = step(c, from, from, 200)
  if e then return nil, e end
  for _, addr in ipairs(m.to) do
    local rcpt = "RCPT TO:<" .. clean(addr, "to") .. ">"
    _, e = step(c, rcpt, rcpt, 200)
    if e then return nil, e end
  end
  _, e = step(c, "DATA", "DATA", 300)
  if e then return nil, e end
  _, e = step(c, "end of data", message(self, m) .. ".", 200)
  if e then return nil, e end
  return true
end

function _M.send(self, m)
  if type(m) ~= "table" or not m.from or type(m.to) ~= "table" or #m.to == 0 then
    return false, "send needs from and a list of recipients in to"
  end
  local c = { sock = tcp(), broken = false }
  c.sock:settimeout(self.timeout)
  local ok, res, err = pcall(transaction, self, c, m)
  if not ok then err = res end                    -- a line break in an address or header
  -- Say goodbye when the connection still stands, then close.
  if not c.broken and c.sock:send("QUIT\r\n") then read_reply(c.sock) end
  c.sock:close()
  if ok and res then return true end
  return false, err
end

return _M

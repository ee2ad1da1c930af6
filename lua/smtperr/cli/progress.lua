-- How far scan is: a line on standard error, rewritten in place, when
-- standard error is a terminal.
local console = require("smtperr.cli.console")
local text = require("smtperr.cli.text")
local texts = require("smtperr.cli.texts")

local progress = {}

local MB = 1048576

-- Every 50 MB; SMTPERR_PROGRESS_STEP (bytes) changes the step for tests.
progress.STEP = tonumber(os.getenv("SMTPERR_PROGRESS_STEP") or "") or 50 * MB

local Progress = {}
Progress.__index = Progress

local function stderr_is_terminal()
  local ok = os.execute("test -t 2")
  return ok == true or ok == 0
end

function progress.new(lang)
  return setmetatable({ lang = lang, bytes = 0, next_step = progress.STEP,
                        terminal = nil, shown_width = nil }, Progress)
end

-- n more bytes read, lines read in all, failures found so far.
function Progress:advance(n, lines, failures)
  self.bytes = self.bytes + n
  if self.bytes < self.next_step then return end
  while self.next_step <= self.bytes do self.next_step = self.next_step + progress.STEP end
  if self.terminal == nil then self.terminal = stderr_is_terminal() end
  if not self.terminal then return end
  local line = console.PROGRAM .. ": " .. string.format(texts[self.lang].progress,
    math.floor(self.bytes / MB), lines, failures)
  self.shown_width = math.max(self.shown_width or 0, text.width(line))
  console.stderr:write("\r", text.pad(line, self.shown_width))
end

-- Clears the line, if one was shown.
function Progress:finish()
  if self.shown_width then
    console.stderr:write("\r", string.rep(" ", self.shown_width), "\r")
  end
end

return progress

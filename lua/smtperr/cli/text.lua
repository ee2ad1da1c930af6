-- Text helpers of the command's output: widths in characters, padding,
-- wrapping, counts in words, and bytes made valid UTF-8.
local text = {}

text.PARAGRAPH_WIDTH = 78           -- wrap paragraphs here
text.LIST_WIDTH = 100               -- fill lists of items up to here

-- The number of characters of a UTF-8 string (continuation bytes skipped).
function text.width(s)
  local _, n = s:gsub("[^\128-\191]", "")
  return n
end

-- s followed by spaces up to n characters.
function text.pad(s, n)
  return s .. string.rep(" ", n - text.width(s))
end

-- Word-wraps s to 'limit' columns (PARAGRAPH_WIDTH by default); the first
-- line follows a label of 'indent' columns, the others start with 'indent'
-- spaces.
function text.wrap(s, indent, limit)
  limit = limit or text.PARAGRAPH_WIDTH
  local lines, line, len = {}, nil, indent
  for word in s:gmatch("%S+") do
    local w = text.width(word)
    if line and len + 1 + w > limit then
      lines[#lines + 1] = line
      line, len = nil, indent
    end
    if line then
      line, len = line .. " " .. word, len + 1 + w
    else
      line, len = word, len + w
    end
  end
  lines[#lines + 1] = line or ""
  return table.concat(lines, "\n" .. string.rep(" ", indent))
end

-- Joins items with commas into lines of at most LIST_WIDTH columns: the
-- first starts with 'first', the others with 'indent' spaces. After
-- max_lines lines, the items left are counted with more(n). Ends with a
-- newline.
function text.fill(items, indent, first, max_lines, more)
  local lines, line = {}, nil
  for i, item in ipairs(items) do
    local piece = item .. (i < #items and "," or "")
    local last = max_lines and #lines + 1 >= max_lines
    local need = text.width(piece) + (last and i < #items and 1 + text.width(more(#items - i)) or 0)
    if line and text.width(line) + 1 + need > text.LIST_WIDTH then
      if last then
        line = line .. " " .. more(#items - i + 1)
        break
      end
      lines[#lines + 1] = line
      line = nil
    end
    if line then
      line = line .. " " .. piece
    else
      line = (#lines == 0 and first or string.rep(" ", indent)) .. piece
    end
  end
  lines[#lines + 1] = line
  return table.concat(lines, "\n") .. "\n"
end

-- A count in words: forms is { singular, plural }, each with a %d.
function text.plural(forms, n)
  return string.format(n == 1 and forms[1] or forms[2], n)
end

-- The length of the UTF-8 sequence that starts at byte i of s, or nil when
-- the bytes there are not one (NUL counts as not one).
local function sequence_length(s, i)
  local c = s:byte(i)
  local len = c < 128 and 1 or (c >= 194 and c <= 223) and 2
    or (c >= 224 and c <= 239) and 3 or (c >= 240 and c <= 244) and 4 or 0
  if len == 0 or c == 0 then return nil end
  for j = i + 1, i + len - 1 do
    local b = s:byte(j)
    if not b or b < 128 or b > 191 then return nil end
  end
  return len
end

-- The character that stands for a byte outside a UTF-8 sequence: the byte
-- read as Latin-1, NUL as U+FFFD.
local function byte_as_character(c)
  if c == 0 then return "\239\191\189" end
  return string.char(192 + math.floor(c / 64), 128 + c % 64)
end

-- s with the bytes that are not UTF-8 turned into characters, so that JSON
-- output stays valid; nil stays nil.
function text.to_utf8(s)
  if s == nil or s:find("^[\1-\127]*$") then return s end     -- ASCII without NUL: most texts
  local parts, i = {}, 1
  while i <= #s do
    local len = sequence_length(s, i)
    if len then
      parts[#parts + 1] = s:sub(i, i + len - 1)
      i = i + len
    else
      parts[#parts + 1] = byte_as_character(s:byte(i))
      i = i + 1
    end
  end
  return table.concat(parts)
end

return text

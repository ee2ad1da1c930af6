-- Shared by the specs: the fixture tables and small checks.
local helpers = {}

-- Reads a tab-separated fixture with a header row into a list of records.
function helpers.tsv(name)
  local rows, header = {}, nil
  for line in io.lines("spec/fixtures/" .. name) do
    local fields = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do fields[#fields + 1] = field end
    if header == nil then
      header = fields
    else
      local row = {}
      for i, key in ipairs(header) do row[key] = fields[i] end
      rows[#rows + 1] = row
    end
  end
  return rows
end

-- A literal "\n" in a fixture stands for a line break.
function helpers.unescape(s)
  return (s:gsub("\\n", "\n"))
end

-- The codes of the French guide, in its order.
helpers.guide_codes = {
  101, 111, 211, 214, 220, 221, 250, 251, 252, 354, 420, 421, 422, 431, 432, 441, 442, 446,
  447, 449, 450, 451, 452, 471, 500, 501, 502, 503, 504, 510, 511, 512, 513, 523, 530, 541,
  550, 551, 552, 553, 554,
}

helpers.classes = { success = true, intermediate = true, transient = true, permanent = true }

return helpers

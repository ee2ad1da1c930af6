-- luacheck configuration: make lint
std = "max"
max_line_length = 120
exclude_files = { "spec/fixtures/**", "build/**" }
files["spec"] = { std = "+busted" }
-- The OpenResty example runs inside ngx_lua (LuaJIT), with its ngx global.
files["examples/openresty"] = { std = "luajit+ngx_lua" }
-- imapfilter runs its configuration on Lua 5.2 with its own globals.
files["examples/imapfilter-bounces.lua"] = { std = "lua52", globals = { "options" }, read_globals = { "IMAP", "Set" } }
-- A Prosody module runs with Prosody's `module` object as a global.
files["examples/prosody"] = { std = "lua54", globals = { "module" } }
-- Data files hold long explanation texts and phrases on one line each.
files["src/data"] = { max_line_length = false }
files["rockspec"] = { std = "max", globals = { "rockspec_format", "package", "version", "source",
                                               "description", "dependencies", "build", "test" } }

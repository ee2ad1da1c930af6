rockspec_format = "3.0"
package = "smtperr"
version = "0.2.0-1"
source = {
  url = "git+https://github.com/smtperr/smtperr.git",
  tag = "v0.2.0",
}
description = {
  summary = "Understand SMTP replies: look up codes, classify bounces, explain them in English and French",
  detailed = [[
smtperr is a Lua module written in C. It looks up SMTP reply codes and
enhanced status codes in a compiled table, classifies raw replies (one or
many lines, log lines, DSN fields, client errors) into a class, a reason, a
bounce type and an action, and explains them in English or French. It reads
whole bounce messages too (delivery status notifications in their many
dialects, delay warnings, feedback reports, auto-replies). It also installs
the smtperr command, which explains codes and scans mail logs.
]],
  homepage = "https://github.com/smtperr/smtperr",
  license = "MIT",
}
dependencies = {
  "lua >= 5.1, < 5.5",
}
build = {
  type = "builtin",
  modules = {
    smtperr = {
      sources = {   -- the Makefile's SRCS, in its order ('make lint' checks)
        "src/text.c", "src/table.c", "src/ac.c", "src/pattern.c", "src/parse.c", "src/classify.c",
        "src/rules.c", "src/out.c", "src/explain.c", "src/arena.c", "src/mime.c", "src/json.c",
        "src/dsn.c", "src/report.c", "src/bounce.c", "src/logline.c", "src/logtext.c",
        "src/logdata.c", "src/gen_tables.c", "src/gen_automaton.c", "src/lsmtperr.c",
        "src/lresult.c", "src/lrules.c", "src/lclassifier.c",
        "src/lbounces.c", "src/llog.c",
      },
      incdirs = { "src" },
    },
    -- The smtperr command's modules; lua/smtperr-cli.lua runs them.
    ["smtperr.cli"] = "lua/smtperr/cli/init.lua",
    ["smtperr.cli.address"] = "lua/smtperr/cli/address.lua",
    ["smtperr.cli.args"] = "lua/smtperr/cli/args.lua",
    ["smtperr.cli.classifier"] = "lua/smtperr/cli/classifier.lua",
    ["smtperr.cli.classify"] = "lua/smtperr/cli/classify.lua",
    ["smtperr.cli.console"] = "lua/smtperr/cli/console.lua",
    ["smtperr.cli.errors"] = "lua/smtperr/cli/errors.lua",
    ["smtperr.cli.explain"] = "lua/smtperr/cli/explain.lua",
    ["smtperr.cli.help"] = "lua/smtperr/cli/help.lua",
    ["smtperr.cli.input"] = "lua/smtperr/cli/input.lua",
    ["smtperr.cli.json"] = "lua/smtperr/cli/json.lua",
    ["smtperr.cli.logs"] = "lua/smtperr/cli/logs.lua",
    ["smtperr.cli.lookup"] = "lua/smtperr/cli/lookup.lua",
    ["smtperr.cli.progress"] = "lua/smtperr/cli/progress.lua",
    ["smtperr.cli.report"] = "lua/smtperr/cli/report.lua",
    ["smtperr.cli.scan"] = "lua/smtperr/cli/scan.lua",
    ["smtperr.cli.tally"] = "lua/smtperr/cli/tally.lua",
    ["smtperr.cli.text"] = "lua/smtperr/cli/text.lua",
    ["smtperr.cli.texts"] = "lua/smtperr/cli/texts.lua",
  },
  install = {
    bin = { smtperr = "lua/smtperr-cli.lua" },
  },
}
test = {
  type = "busted",
}

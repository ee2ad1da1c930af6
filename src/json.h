/*
** json.h
** Reading values out of JSON text without building a tree: a value is
** known by its kind and its bytes, members are found by key and elements
** walked in order. Nesting is bounded (SE_JSON_DEPTH), so hostile text
** costs no deep stack; each look-up is linear in the value it searches.
*/
#ifndef SE_JSON_H
#define SE_JSON_H

#include "arena.h"
#include "text.h"

SE_HIDDEN_BEGIN

typedef enum se_json_kind {
  SE_JSON_NONE,         /* absent or malformed */
  SE_JSON_OBJECT, SE_JSON_ARRAY, SE_JSON_STRING, SE_JSON_NUMBER, SE_JSON_LITERAL
} se_json_kind;

typedef struct se_json {
  se_json_kind kind;
  se_span text;         /* the value as written; a string's without its quotes */
} se_json;

/* The value that starts at or after s[*pos] (white space skipped); moves
** *pos past it. Kind SE_JSON_NONE when there is none or it is malformed. */
se_json se_json_value(const char *s, size_t n, size_t *pos);
/* The member 'key' of an object (its first occurrence). */
se_json se_json_member(se_json object, const char *key);
/* The next element of an array from *pos (0 to start); 0 at the end. */
int se_json_next(se_json array, size_t *pos, se_json *element);
/* A string value decoded (escapes undone, \u as UTF-8); s NULL when it is
** no string or memory runs out. */
se_span se_json_string(se_arena *a, se_json v);

SE_HIDDEN_END

#endif

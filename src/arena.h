/*
** arena.h
** Memory for one reading: blocks from the caller's allocator, handed out
** in order and freed all at once. A reader that decodes parts of a message
** takes its buffers here; the binding frees the arena when the answer is
** built, or its __gc does when an error is raised first.
*/
#ifndef SE_ARENA_H
#define SE_ARENA_H

#include "ac.h"          /* se_alloc */

SE_HIDDEN_BEGIN

typedef struct se_block se_block;

typedef struct se_arena {
  se_alloc alloc;
  void *ud;
  se_block *blocks;
  size_t used, limit;               /* bytes taken from the allocator, and the most allowed */
  int failed;                       /* the allocator refused a block (not the limit) */
  size_t block_min;                 /* small requests share blocks this large (tests: 0,
                                       one block a request, so that each can fail) */
} se_arena;

void se_arena_init(se_arena *a, se_alloc alloc, void *ud, size_t limit);
/* 'size' bytes aligned for any object, or NULL when memory or the limit
** runs out (memory: 'failed' is set, and stays set until init). */
void *se_arena_alloc(se_arena *a, size_t size);
void se_arena_free(se_arena *a);
/* Makes room for element n of an array of 'size'-byte elements in the
** arena, growing it by doubling up to 'max' elements. Returns 0; 1 when
** 'max' is reached; -1 when memory runs out. */
int se_arena_grow(se_arena *a, void **v, size_t *cap, size_t n, size_t size, size_t max);

SE_HIDDEN_END

#endif

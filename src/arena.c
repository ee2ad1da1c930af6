/*
** arena.c
** Memory for one reading (arena.h).
*/
#include <string.h>

#include "arena.h"

struct se_block {
  se_block *next;
  size_t size, used;                /* of the data after the header */
};

#define ALIGN 16u
#define HEAD ((sizeof(se_block) + ALIGN - 1) & ~(size_t)(ALIGN - 1))
#define BLOCK_MIN 16384u             /* small requests share blocks of this size */

void se_arena_init(se_arena *a, se_alloc alloc, void *ud, size_t limit)
{
  a->alloc = alloc;
  a->ud = ud;
  a->blocks = NULL;
  a->used = 0;
  a->limit = limit;
  a->failed = 0;
  a->block_min = BLOCK_MIN;
}

/* Can a block of 'size' bytes be added within the limit? */
static int fits(const se_arena *a, size_t size)
{
  return size <= a->limit && a->used <= a->limit - size && a->limit - size - a->used >= HEAD;
}

static se_block *new_block(se_arena *a, size_t size)
{
  se_block *b;
  if (!fits(a, size)) return NULL;
  b = a->alloc(a->ud, NULL, 0, HEAD + size);
  if (b == NULL) {
    a->failed = 1;
    return NULL;
  }
  a->used += HEAD + size;
  b->size = size;
  b->used = 0;
  return b;
}

void *se_arena_alloc(se_arena *a, size_t size)
{
  se_block *b = a->blocks;
  if (size > a->limit) return NULL;
  size = size == 0 ? ALIGN : (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
  if (b == NULL || b->size - b->used < size) {
    b = new_block(a, size > a->block_min ? size : a->block_min);
    if (b == NULL) return NULL;
    if (a->blocks != NULL && size > a->block_min) {   /* keep the partly used block on top */
      b->next = a->blocks->next;
      a->blocks->next = b;
    } else {
      b->next = a->blocks;
      a->blocks = b;
    }
  }
  b->used += size;
  return (char *)b + HEAD + b->used - size;
}

void se_arena_free(se_arena *a)
{
  while (a->blocks != NULL) {
    se_block *b = a->blocks;
    a->blocks = b->next;
    a->alloc(a->ud, b, HEAD + b->size, 0);
  }
  a->used = 0;
}

int se_arena_grow(se_arena *a, void **v, size_t *cap, size_t n, size_t size, size_t max)
{
  size_t grown;
  void *w;
  if (n < *cap) return 0;
  if (n >= max) return 1;
  grown = *cap ? 2 * *cap : 8;
  if (grown > max) grown = max;
  if ((w = se_arena_alloc(a, grown * size)) == NULL) return -1;
  if (n > 0) memcpy(w, *v, n * size);
  *v = w;
  *cap = grown;
  return 0;
}

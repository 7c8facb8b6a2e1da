/* The C boundary to Graphviz's cgraph + gvc (libgraphviz-dev). Only InfluenceGraphviz imports it.
 * Static inline wrappers for what Swift 6 cannot call directly: C mutable globals (Agdirected…)
 * and char* parameters that cgraph never writes through. This module provides no stable API. */
#ifndef INFLUENCE_CGRAPHVIZ_SHIM_H
#define INFLUENCE_CGRAPHVIZ_SHIM_H
#include <stdlib.h>
#include <dlfcn.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

static inline Agdesc_t gvs_directed(void) { return Agdirected; }
static inline Agdesc_t gvs_undirected(void) { return Agundirected; }
/* An ID discipline that orders subgraphs by creation. cgraph's default gives a named object the
 * address of its interned name as ID, and keeps subgraphs ordered by ID: clusters came out in a
 * different order from render to render in one process. Here a named subgraph (any graph object
 * after the root) is refused by `map`, so cgraph gives it the next sequential ID and keeps its name
 * in its internal name map (agnameof still returns it); everything else is cgraph's default. */
typedef struct { Agraph_t *root; int rootMapped; } gvs_idstate;
static void *gvs_idopen(Agraph_t *g, Agdisc_t *disc) {
    (void)disc; gvs_idstate *s = malloc(sizeof *s); if (s) { s->root = g; s->rootMapped = 0; } return s; }
static long gvs_idmap(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    gvs_idstate *s = state;
    if (objtype == AGRAPH && str != NULL) { if (s->rootMapped) return 0; s->rootMapped = 1; }
    return AgIdDisc.map(s->root, objtype, str, id, createflag); }
static long gvs_idalloc(void *state, int objtype, IDTYPE id) {
    return AgIdDisc.alloc(((gvs_idstate *)state)->root, objtype, id); }
static void gvs_idfree(void *state, int objtype, IDTYPE id) { AgIdDisc.free(((gvs_idstate *)state)->root, objtype, id); }
static char *gvs_idprint(void *state, int objtype, IDTYPE id) {
    return AgIdDisc.print(((gvs_idstate *)state)->root, objtype, id); }
static void gvs_idclose(void *state) { free(state); }
static void gvs_idregister(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }
static inline Agraph_t *gvs_open(const char *n, Agdesc_t d) {
    static Agiddisc_t iddisc = { gvs_idopen, gvs_idmap, gvs_idalloc, gvs_idfree, gvs_idprint, gvs_idclose, gvs_idregister };
    static Agdisc_t disc = { &AgMemDisc, &iddisc, &AgIoDisc };
    return agopen((char *)n, d, &disc); }
static inline Agraph_t *gvs_subg(Agraph_t *g, const char *n) { return agsubg(g, (char *)n, 1); }
static inline Agnode_t *gvs_node(Agraph_t *g, const char *n) { return agnode(g, (char *)n, 1); }
static inline Agnode_t *gvs_find_node(Agraph_t *g, const char *n) { return agnode(g, (char *)n, 0); }
static inline Agedge_t *gvs_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *key)
    { return agedge(g, t, h, (char *)key, 1); }
static inline Agsym_t *gvs_default(Agraph_t *g, int kind, const char *k, const char *v)
    { return agattr(g, kind, (char *)k, (char *)v); }
static inline int gvs_set(void *o, const char *k, const char *v, const char *def)
    { return agsafeset(o, (char *)k, (char *)v, (char *)def); }
static inline int gvs_set_html(void *o, const char *k, const char *html, const char *def) {
    Agraph_t *g = agraphof(o); char *h = agstrdup_html(g, (char *)html);
    int r = agsafeset(o, (char *)k, h, (char *)def); agstrfree(g, h); return r; }
static inline Agnode_t *gvs_head(Agedge_t *e) { return aghead(e); }
static inline char *gvs_get(void *o, const char *k) { return agget(o, (char *)k); }
static inline int gvs_is_html(void *o, const char *k) {
    char *v = agget(o, (char *)k); return v != NULL && aghtmlstr(v); }
static inline unsigned long gvs_seq(void *o) { return (unsigned long)AGSEQ(o); }
static inline int gvs_graph_kind(void) { return AGRAPH; }
static inline int gvs_node_kind(void) { return AGNODE; }
static inline int gvs_edge_kind(void) { return AGEDGE; }
/* Reading DOT from memory as agmemread does (one line per afread call, as cgraph's own memiofread),
 * then trying a second graph from what is left: `*more` is 1 when the text holds another graph
 * or trailing text that is not a graph (agmemread would silently ignore both). Graphs use
 * cgraph's default disciplines, as agmemread's do. Called only under InfluenceGraphviz's gate. */
typedef struct { const char *data; size_t len; size_t cur; } gvs_reader;
static int gvs_reader_read(void *chan, char *buf, int bufsize) {
    gvs_reader *r = chan; int l = 0;
    if (bufsize <= 0 || r->cur >= r->len) return 0;
    while (l < bufsize && r->cur < r->len) { char c = r->data[r->cur++]; buf[l++] = c; if (c == '\n') break; }
    return l; }
static inline Agraph_t *gvs_read_text(const char *text, size_t length, int *more) {
    static Agiodisc_t io; static Agdisc_t disc;
    io.afread = gvs_reader_read; io.putstr = AgIoDisc.putstr; io.flush = AgIoDisc.flush;
    disc.mem = &AgMemDisc; disc.id = &AgIdDisc; disc.io = &io;
    gvs_reader r = { text, length, 0 };
    agsetfile(NULL);   /* restarts the lexer's line count, which agread otherwise carries over */
    Agraph_t *g = agread(&r, &disc);
    *more = 0;
    if (g) { Agraph_t *g2 = agread(&r, &disc); if (g2) { *more = 1; agclose(g2); } }
    return g; }
extern char *gvconfig_libdir(GVC_t *gvc);   /* exported by libgvc, not in its public headers */
static inline const char *gvs_libdir(GVC_t *gvc) { return gvconfig_libdir(gvc); }
#endif

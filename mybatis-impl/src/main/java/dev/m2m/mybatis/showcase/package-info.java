/**
 * Teaching code, not used by the registrar: one read, "every student with their courses", loaded the ways
 * MyBatis offers, with what each costs (chapter 6). {@link dev.m2m.mybatis.showcase.LoadingShowcase} runs a
 * nested select (the N+1), nested results (one join) and flat rows folded by a
 * {@link dev.m2m.mybatis.showcase.FlatRowFold}; its mapper, {@code LoadingShowcaseMapper.xml}, is added by
 * the showcase to a configuration of its own, never to the registrar's.
 */
package dev.m2m.mybatis.showcase;

/**
 * Teaching code, not used by the registrar: the association table mapped the way most Hibernate experts map
 * it once the link carries data (chapter 9). The link is an entity of its own with two {@code @ManyToOne}
 * ends whose ids are its key ({@code @MapsId}), and each end sees its links through a
 * {@code @OneToMany(mappedBy)}; there is no {@code @ManyToMany} at all, so one mapping writes every column
 * of {@code enrollment}. Same tables, same schema as {@link dev.m2m.jpa}; the same class names, so that
 * {@code diff}ing {@code StudentEntity} here and there shows the whole difference.
 */
package dev.m2m.jpa.showcase.linkentity;

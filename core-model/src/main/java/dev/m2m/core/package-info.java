/**
 * The domain every implementation shares: students, courses and the many-to-many link between
 * them (an enrolment). Values are immutable records, operations live on {@link dev.m2m.core.Registrar},
 * failures are the unchecked {@link dev.m2m.core.RegistrarException} family.
 *
 * <p>Nothing here knows about JPA, MyBatis or Spring: the three implementations depend on this
 * package, never the other way round.
 */
package dev.m2m.core;

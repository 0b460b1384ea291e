package dev.m2m.jooq;

import java.util.function.UnaryOperator;
import org.hibernate.engine.jdbc.internal.FormatStyle;

/**
 * jOOQ sends each statement on one line; the captures lay it out with Hibernate's SQL formatter (what
 * {@code hibernate.format_sql} does, a test dependency only), so that a MULTISET's nesting can be read.
 */
final class SqlLayout {

    static final UnaryOperator<String> FORMATTED = FormatStyle.BASIC.getFormatter()::format;

    private SqlLayout() {
    }
}

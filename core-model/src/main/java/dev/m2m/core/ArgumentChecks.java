package dev.m2m.core;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The argument checks every call runs first, before it touches the database ({@link CheckedRegistrar} runs
 * them for every approach), so that all approaches reject exactly the same inputs with exactly the same
 * messages, and a rejected call writes nothing.
 */
public final class ArgumentChecks {

    /** The width of {@code student.name} and {@code course.name} in the schema, in UTF-16 code units. */
    public static final int MAX_NAME_LENGTH = 100;
    /** A limit well above any real course, low enough that a typo (an extra zero or three) is caught. */
    public static final int MAX_CAPACITY = 100_000;
    /** The largest page {@link Registrar#listStudents} serves: a page is for a screen, not an export. */
    public static final int MAX_PAGE_LIMIT = 1_000;
    /**
     * The most courses one {@link Registrar#enrollAll} names. Each id is one bind parameter of the query
     * that locks the courses, and PostgreSQL's driver refuses a statement of more than 65,535; long
     * before that, a student signing up for a thousand courses at once is a bug in the caller. Equal to
     * {@link SchoolImport#BATCH_SIZE}, so the links still leave in one JDBC batch.
     */
    public static final int MAX_ENROLL_ALL = SchoolImport.BATCH_SIZE;

    private ArgumentChecks() {
    }

    public static String studentName(String name) {
        return name("student name", name);
    }

    public static String courseName(String name) {
        return name("course name", name);
    }

    public static int capacity(int capacity) {
        if (capacity <= 0 || capacity > MAX_CAPACITY) {
            throw new InvalidArgumentException(
                    "capacity must be between 1 and " + MAX_CAPACITY + ", was " + capacity);
        }
        return capacity;
    }

    public static int pageLimit(int limit) {
        if (limit <= 0 || limit > MAX_PAGE_LIMIT) {
            throw new InvalidArgumentException(
                    "page limit must be between 1 and " + MAX_PAGE_LIMIT + ", was " + limit);
        }
        return limit;
    }

    /** Keyset position: 0 starts from the first student, otherwise the last id of the previous page. */
    public static long afterId(long afterId) {
        if (afterId < 0) {
            throw new InvalidArgumentException("afterId must be 0 or a student id, was " + afterId);
        }
        return afterId;
    }

    public static long studentId(long id) {
        return id("student id", id);
    }

    public static long courseId(long id) {
        return id("course id", id);
    }

    /** A copy of the ids, checked: not null, not too many, no null element, every id positive, no id twice. */
    public static List<Long> courseIds(List<Long> ids) {
        if (ids == null) {
            throw new InvalidArgumentException("course ids must not be null");
        }
        if (ids.size() > MAX_ENROLL_ALL) {
            throw new InvalidArgumentException(
                    "enrollAll takes at most " + MAX_ENROLL_ALL + " course ids at once, was " + ids.size());
        }
        var seen = new HashSet<Long>();
        for (Long id : ids) {
            if (id == null) {
                throw new InvalidArgumentException("course ids must not contain null");
            }
            courseId(id);
            if (!seen.add(id)) {
                throw new InvalidArgumentException("course ids must not repeat, " + id + " appears twice");
            }
        }
        return List.copyOf(ids);
    }

    public static Grade grade(Grade grade) {
        if (grade == null) {
            throw new InvalidArgumentException("grade must not be null");
        }
        return grade;
    }

    /**
     * Checks a whole import before anything is written: every name and capacity as {@code addStudent}
     * and {@code addCourse} check them, course names distinct, every link between listed rows and
     * listed once, and no course given more links than its capacity.
     */
    public static SchoolImport schoolImport(SchoolImport school) {
        if (school == null || school.studentNames() == null || school.courses() == null || school.links() == null) {
            throw new InvalidArgumentException("a school import and its three lists must not be null");
        }
        for (String name : school.studentNames()) {
            studentName(name);
        }
        var names = new HashSet<String>();
        for (SchoolImport.NewCourse course : school.courses()) {
            if (course == null) {
                throw new InvalidArgumentException("courses must not contain null");
            }
            capacity(course.capacity());
            if (!names.add(courseName(course.name()))) {
                throw new DuplicateCourseNameException(course.name());
            }
        }
        int[] taken = new int[school.courses().size()];
        var seen = new HashSet<Long>();
        for (SchoolImport.Link link : school.links()) {
            if (link == null) {
                throw new InvalidArgumentException("links must not contain null");
            }
            if (link.student() < 0 || link.student() >= school.studentNames().size()
                    || link.course() < 0 || link.course() >= school.courses().size()) {
                throw new InvalidArgumentException("link " + link + " points past the students or courses listed");
            }
            if (!seen.add((long) link.student() << 32 | link.course())) {
                throw new InvalidArgumentException("link " + link + " appears twice");
            }
            var course = school.courses().get(link.course());
            if (++taken[link.course()] > course.capacity()) {
                throw new InvalidArgumentException("course '" + course.name() + "' is given more than its "
                        + course.capacity() + " places");
            }
        }
        return school;
    }

    private static long id(String what, long id) {
        if (id <= 0) {
            throw new InvalidArgumentException(what + " must be positive, was " + id);
        }
        return id;
    }

    // Length counts UTF-16 code units (Java's String.length()), as H2 measures VARCHAR(n); PostgreSQL
    // counts code points, which are never more, so a name valid here fits the column on both. A
    // character outside the Basic Multilingual Plane (an emoji, say) counts as two.
    // tag::name[]
    private static String name(String what, String name) {
        if (name == null) {
            throw new InvalidArgumentException(what + " must not be null");
        }
        if (isBlank(name)) {
            throw new InvalidArgumentException(what + " must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidArgumentException(
                    what + " must be at most " + MAX_NAME_LENGTH + " characters, was " + name.length());
        }
        requireStorableEverywhere(what, name);
        return name;
    }

    /**
     * Blank: nothing a reader could see. Java's {@link String#isBlank()} counts only whitespace, so it
     * would let through a name of no-break spaces (U+00A0, a space separator that is not whitespace), of
     * zero-width spaces and byte order marks (format characters, U+200B and U+FEFF), of control characters,
     * or of the characters Unicode draws as nothing (fillers, the blank braille pattern, joiners and
     * variation selectors).
     */
    private static boolean isBlank(String name) {
        return name.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL
                || DRAWN_AS_NOTHING.contains(c) || isVariationSelector(c));
    }

    /** Hangul fillers, the blank braille pattern, the combining grapheme joiner, Mongolian selectors. */
    private static final Set<Integer> DRAWN_AS_NOTHING = Set.of(
            0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x180B, 0x180C, 0x180D, 0x180F);

    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    /**
     * The two things a Java string may hold that a PostgreSQL text column cannot: U+0000, which
     * PostgreSQL refuses, and half of a surrogate pair, which is not a character at all and which the
     * JDBC driver's UTF-8 encoder silently turns into '?'. H2 stores both as given, so without this
     * check one name would have two outcomes on two databases, and two names one row on PostgreSQL.
     */
    private static void requireStorableEverywhere(String what, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\0') {
                throw new InvalidArgumentException(what + " must not contain U+0000 (NUL), found at index " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++; // a whole pair: one character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(c)) {
                throw new InvalidArgumentException(what + " must not contain an unpaired surrogate, found U+"
                        + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at index " + i);
            }
        }
    }
    // end::name[]
}

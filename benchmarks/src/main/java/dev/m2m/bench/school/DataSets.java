package dev.m2m.bench.school;

import java.util.HashMap;
import java.util.Map;

/** The seeded data sets the report describes, each generated once per report. */
public final class DataSets {

    /** Each size's data set, generated once: a large one is slow to generate and is asked for several times. */
    private static final Map<String, SchoolData> DATA = new HashMap<>();

    public static SchoolData of(String size) {
        return DATA.computeIfAbsent(size, name -> SchoolData.generate(Size.valueOf(name)));
    }

    private DataSets() {
    }

    /** A table's title: "PostgreSQL 17, 100,000 students, ... links". */
    public static String describe(String group) {
        var parts = group.split(" ");
        var data = of(parts[1]);
        String db = parts[0].equals(Db.POSTGRES.name()) ? "PostgreSQL 17" : "H2";
        return "%s, %,d students, %,d links".formatted(db, data.students(), data.links().size());
    }
}

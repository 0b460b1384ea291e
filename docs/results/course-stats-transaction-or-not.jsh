import dev.m2m.bench.school.*;
import java.sql.*;
import java.util.*;
// courseStats on PostgreSQL at 100,000 students: the floor's read-only transaction against the one-round-trip
// limit's auto-commit, the same SQL. Prints each form's plan (EXPLAIN ANALYZE), then 40 calls of each, alternating
// so that a drift of the machine touches both alike, and each form's median and quartiles. Chapter 11 reads it.
// Run: jshell --class-path benchmarks/target/benchmarks.jar docs/results/course-stats-transaction-or-not.jsh
System.out.println("run " + java.time.LocalDate.now() + " on " + java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst().orElse("?"));
var db = BenchDatabase.open(Db.POSTGRES, Size.S_100K);
var ds = db.dataSource();
String q = "SELECT c.id, c.name, c.capacity, COUNT(e.student_id) AS enrolled FROM course c LEFT JOIN enrollment e ON e.course_id = c.id GROUP BY c.id, c.name, c.capacity ORDER BY c.name, c.id";
List<String> explain(Connection c) throws Exception {
    var out = new ArrayList<String>();
    try (var s = c.createStatement(); var rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + q)) { while (rs.next()) out.add(rs.getString(1)); }
    return out;
}
long run(Connection c) throws Exception {
    long t = System.nanoTime();
    try (var p = c.prepareStatement(q); var rs = p.executeQuery()) { int n = 0; while (rs.next()) n++; }
    return System.nanoTime() - t;
}
try (var c = ds.getConnection()) {
    c.setAutoCommit(true);
    for (int i = 0; i < 3; i++) run(c);
    System.out.println("=== autocommit plan"); explain(c).forEach(System.out::println);
    c.setAutoCommit(false); c.setReadOnly(true);
    System.out.println("=== read-only transaction plan"); explain(c).forEach(System.out::println); c.commit();
    var auto = new ArrayList<Long>(); var tx = new ArrayList<Long>();
    for (int i = 0; i < 40; i++) {
        c.setReadOnly(false); c.setAutoCommit(true);
        auto.add(run(c));
        c.setAutoCommit(false); c.setReadOnly(true);
        long t = System.nanoTime(); run(c); c.commit(); tx.add(System.nanoTime() - t);
    }
    Collections.sort(auto); Collections.sort(tx);
    System.out.printf("autocommit median %.1f ms (p25 %.1f, p75 %.1f)%n", auto.get(20)/1e6, auto.get(10)/1e6, auto.get(30)/1e6);
    System.out.printf("read-only tx median %.1f ms (p25 %.1f, p75 %.1f)%n", tx.get(20)/1e6, tx.get(10)/1e6, tx.get(30)/1e6);
    c.setAutoCommit(true);
}
db.close();
/exit

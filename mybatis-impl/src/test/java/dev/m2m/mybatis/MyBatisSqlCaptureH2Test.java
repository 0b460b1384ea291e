package dev.m2m.mybatis;

import dev.m2m.contract.SqlCaptureContract;
import dev.m2m.mybatis.showcase.LoadingShowcase;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The SQL MyBatis sends, from the mapper XML, kept in {@code docs/sql/mybatis}; the showcase's too. */
class MyBatisSqlCaptureH2Test extends SqlCaptureContract {

    MyBatisSqlCaptureH2Test() {
        super(MyBatisImplementation.UNDER_TEST, "mybatis", UnaryOperator.identity());
    }

    @Test
    void nestedSelectPage() {
        var showcase = new LoadingShowcase(countedDataSource());
        capture("nestedSelectPage", "a page of three students by nested select", () -> showcase.nestedSelect(0, 3));
    }

    @Test
    void nestedResults() {
        var showcase = new LoadingShowcase(countedDataSource());
        capture("nestedResults", "every student with their courses by nested results", showcase::nestedResults);
    }
}

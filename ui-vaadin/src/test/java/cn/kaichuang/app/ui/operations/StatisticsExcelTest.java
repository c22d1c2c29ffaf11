package cn.kaichuang.app.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.operations.RequestFigures;
import cn.kaichuang.operations.TimeBucket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class StatisticsExcelTest {

    @Test
    void endpointsAndSeriesBecomeTwoSheetsWithTranslatedHeaders() throws Exception {
        Map<String, String> zh = Map.of("operations.endpoints", "按端点", "operations.series", "按时间",
                "operations.endpoint", "端点", "operations.requests", "请求数");
        RequestFigures uidl = new RequestFigures("POST /?v-r=uidl", 40, 1, 2, 4000, 900);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        StatisticsExcel.write(List.of(uidl), List.of(new TimeBucket(Instant.parse("2026-11-28T01:00:00Z"), uidl)),
                key -> zh.getOrDefault(key, key), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> endpoints = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("按端点");
            assertThat(endpoints.get(0).getCellText(0)).isEqualTo("端点");
            assertThat(endpoints.get(0).getCellText(1)).isEqualTo("请求数");
            assertThat(endpoints.get(1).getCellText(0)).isEqualTo("POST /?v-r=uidl");
            assertThat(endpoints.get(1).getCellAsNumber(1)).contains(BigDecimal.valueOf(40));
            assertThat(endpoints.get(1).getCellAsNumber(4).orElseThrow().doubleValue()).isEqualTo(0.05);
            assertThat(endpoints.get(1).getCellAsNumber(6)).contains(BigDecimal.valueOf(900));
            List<Row> series = workbook.getSheet(1).orElseThrow().read();
            assertThat(series).hasSize(2);
            // 01:00 UTC is 09:00 in China.
            assertThat(series.get(1).getCellAsDate(0).orElseThrow().getHour()).isEqualTo(9);
        }
    }
}

package cn.kaichuang.cohort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Roster files for tests, written as a spreadsheet program would. */
final class Rosters {

    private Rosters() {
    }

    static byte[] xlsx(List<String> headers, List<List<String>> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("花名册");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(List<List<String>> rows) {
        return xlsx(RosterImport.HEADERS, rows);
    }

    static String id(String first17) {
        return first17 + cn.kaichuang.crypto.IdCardNumber.checkCharacter(first17);
    }

    /** The same number with a wrong last character. */
    static String badCheckDigit(String first17) {
        char right = cn.kaichuang.crypto.IdCardNumber.checkCharacter(first17);
        return first17 + (right == '1' ? '2' : '1');
    }
}

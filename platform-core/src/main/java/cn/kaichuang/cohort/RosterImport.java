package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.RosterProblem.Reason;
import cn.kaichuang.cohort.internal.Cohort;
import cn.kaichuang.cohort.internal.CohortRepository;
import cn.kaichuang.cohort.internal.Enrolment;
import cn.kaichuang.cohort.internal.EnrolmentRepository;
import cn.kaichuang.cohort.internal.Trainee;
import cn.kaichuang.cohort.internal.TraineeRepository;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a roster (花名册) of trainees from an .xlsx with the headers 姓名, 身份证号, 手机号,
 * optionally enrolling everyone in one cohort. Every row is checked first (required fields, the
 * ID check digit, the phone format, duplicates in the file and in the institution, the cohort's
 * free places); one bad row and nothing is stored, so a roster is never half imported.
 */
@Service
public class RosterImport {

    /** Larger files are refused before they are opened. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** A roster of more rows is refused: split it (a cohort seats far fewer). */
    public static final int MAX_ROWS = 2_000;
    public static final List<String> HEADERS = List.of("姓名", "身份证号", "手机号");

    private static final Map<String, Integer> HEADER_ALIASES = Map.of(
            "姓名", 0, "name", 0, "身份证号", 1, "身份证号码", 1, "id number", 1, "手机号", 2, "手机号码", 2,
            "phone", 2);

    private final Trainees trainees;
    private final TraineeRepository traineeRows;
    private final CohortRepository cohorts;
    private final EnrolmentRepository enrolments;
    private final BlindIndex blindIndex;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final Clock clock;

    RosterImport(Trainees trainees, TraineeRepository traineeRows, CohortRepository cohorts,
            EnrolmentRepository enrolments, BlindIndex blindIndex, AuditTrail audit, AccessPolicy policy,
            Optional<Clock> clock) {
        this.trainees = trainees;
        this.traineeRows = traineeRows;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Reads the file's rows as typed; the UI shows them and the error report repeats them. */
    public static List<RosterRow> read(byte[] xlsx) {
        if (xlsx.length > MAX_BYTES) {
            throw new RosterRejectedException("roster.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        if (xlsx.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(xlsx)) {
            throw new RosterRejectedException("roster.error.not-xlsx", "");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            if (sheet.isEmpty()) {
                throw new RosterRejectedException("roster.error.empty", "");
            }
            int[] columns = columns(sheet.getFirst());
            List<RosterRow> rows = new ArrayList<>();
            for (Row row : sheet.subList(1, sheet.size())) {
                RosterRow read = new RosterRow(row.getRowNum(), cell(row, columns[0]), cell(row, columns[1]),
                        cell(row, columns[2]));
                if (read.name().isEmpty() && read.idCard().isEmpty() && read.phone().isEmpty()) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new RosterRejectedException("roster.error.too-many-rows", String.valueOf(MAX_ROWS));
                }
                rows.add(read);
            }
            if (rows.isEmpty()) {
                throw new RosterRejectedException("roster.error.empty", "");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RosterRejectedException rejected) {
                throw rejected;
            }
            throw new RosterRejectedException("roster.error.not-xlsx", "");
        }
    }

    /**
     * Checks every row and imports all of them in one transaction, or none when any row is bad.
     *
     * @param cohort the cohort to enrol every imported trainee in, or null
     */
    @Transactional
    public RosterResult importRoster(byte[] xlsx, @Nullable CohortId cohort) {
        policy.writerOfCurrentTenant("trainee.import");
        List<RosterRow> rows = read(xlsx);
        Cohort target = cohort == null ? null : cohorts.findById(cohort.value())
                .orElseThrow(() -> new NoSuchElementException("Unknown cohort " + cohort.value()));
        if (target != null && !Cohorts.rosterOpen(target.status())) {
            throw new RosterRejectedException("roster.error.cohort-locked", target.name());
        }
        List<RosterProblem> problems = check(rows, target);
        if (!problems.isEmpty()) {
            audit.record(new AuditEvent("trainee.import-rejected", "roster", String.valueOf(rows.size()), null,
                    problems.size() + " rows refused"));
            return new RosterResult(rows, 0, 0, problems);
        }
        int enrolled = 0;
        for (RosterRow row : rows) {
            Trainee saved = trainees.save(new NewTrainee(row.name().strip(), IdCardNumber.of(row.idCard()),
                    row.phone().strip(), null));
            if (target != null) {
                enrolments.save(new Enrolment(target.id(), saved.id(), clock.instant()));
                audit.record(AuditEvent.changed("cohort.enrolled", "cohort", target.id(), null, saved.id()));
                enrolled++;
            }
        }
        audit.record(new AuditEvent("trainee.imported", "roster", String.valueOf(rows.size()), null,
                rows.size() + " trainees" + (target == null ? "" : " into cohort " + target.id())));
        return new RosterResult(rows, rows.size(), enrolled, List.of());
    }

    private List<RosterProblem> check(List<RosterRow> rows, @Nullable Cohort target) {
        Map<Integer, List<Reason>> reasons = new LinkedHashMap<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        Map<String, RosterRow> byIndex = new LinkedHashMap<>();
        for (RosterRow row : rows) {
            List<Reason> found = reasons.computeIfAbsent(row.rowNumber(), n -> new ArrayList<>());
            if (row.name().isBlank()) {
                found.add(new Reason("roster.error.name-missing", ""));
            } else if (row.name().strip().length() > 100) {
                found.add(new Reason("roster.error.name-too-long", "100"));
            }
            String idReason = idCardProblem(row.idCard());
            if (idReason != null) {
                found.add(new Reason(idReason, ""));
            } else {
                String index = blindIndex.of(IdCardNumber.of(row.idCard()));
                Integer first = firstRowOf.putIfAbsent(index, row.rowNumber());
                if (first != null) {
                    found.add(new Reason("roster.error.duplicate-in-file", String.valueOf(first)));
                } else {
                    byIndex.put(index, row);
                }
            }
            if (row.phone().isBlank()) {
                found.add(new Reason("roster.error.phone-missing", ""));
            } else if (!MobilePhone.isValid(row.phone())) {
                found.add(new Reason("roster.error.phone", ""));
            }
        }
        Set<String> existing = byIndex.isEmpty() ? Set.of() : traineeRows.findByIdCardIndexIn(byIndex.keySet())
                .stream().map(Trainee::idCardIndex).collect(Collectors.toSet());
        byIndex.forEach((index, row) -> {
            if (existing.contains(index)) {
                reasons.get(row.rowNumber()).add(new Reason("roster.error.duplicate-existing", ""));
            }
        });
        if (target != null) {
            long free = Math.max(0, target.capacity() - enrolments.countByCohortId(target.id()));
            if (rows.size() > free) {
                // Rows past the free places are the ones that do not fit.
                rows.subList((int) free, rows.size()).forEach(row -> reasons.get(row.rowNumber())
                        .add(new Reason("roster.error.cohort-full", String.valueOf(target.capacity()))));
            }
        }
        return rows.stream().filter(row -> !reasons.get(row.rowNumber()).isEmpty())
                .map(row -> new RosterProblem(row, List.copyOf(reasons.get(row.rowNumber())))).toList();
    }

    private static @Nullable String idCardProblem(String typed) {
        String value = typed.strip().toUpperCase();
        if (value.isEmpty()) {
            return "roster.error.id-missing";
        }
        if (!value.matches("\\d{17}[\\dX]")) {
            return "roster.error.id-format";
        }
        if (IdCardNumber.checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return "roster.error.id-check-digit";
        }
        return IdCardNumber.isValid(value) ? null : "roster.error.id-birth-date";
    }

    private static int[] columns(Row header) {
        int[] columns = {-1, -1, -1};
        for (int i = 0; i < header.getCellCount(); i++) {
            Integer column = HEADER_ALIASES.get(cell(header, i).toLowerCase());
            if (column != null && columns[column] < 0) {
                columns[column] = i;
            }
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] < 0) {
                throw new RosterRejectedException("roster.error.headers", HEADERS.get(i));
            }
        }
        return columns;
    }

    private static String cell(Row row, int column) {
        if (column < 0 || !row.hasCell(column) || row.getCell(column) == null) {
            return "";
        }
        // Numbers typed into a cell (a phone without the text format) come back as their raw value.
        String text = row.getCellText(column);
        return text == null ? "" : text.strip();
    }
}

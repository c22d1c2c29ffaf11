package cn.kaichuang.followup;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.followup.internal.FollowupTable;
import cn.kaichuang.followup.internal.FollowupTable.NewOutcome;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "automatic source" of outcomes (TM-9): an .xlsx of business registrations (工商登记: ID number,
 * unified social credit code, industry, jobs) or of employment (就业登记: ID number, employer) that an
 * institution gets from the market-regulation or employment office. Rows are matched to trainees by the
 * ID number's blind index; the number itself is never stored, only the trainee it matched. Every row is
 * checked first and all are imported in one transaction, or none when any row is bad.
 */
@Service
public class OutcomeImport {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Header aliases, lower case, by column: ID, credit code, industry, jobs, employer. */
    private static final Map<String, Integer> HEADERS = Map.ofEntries(
            Map.entry("公民身份号码", 0), Map.entry("身份证号", 0), Map.entry("身份证号码", 0), Map.entry("id card", 0),
            Map.entry("统一社会信用代码", 1), Map.entry("credit code", 1),
            Map.entry("行业门类", 2), Map.entry("行业", 2), Map.entry("industry", 2),
            Map.entry("吸纳就业人数", 3), Map.entry("带动就业人数", 3), Map.entry("jobs", 3),
            Map.entry("就业单位", 4), Map.entry("employer", 4));
    private static final List<String> HEADER_NAMES = List.of("公民身份号码", "统一社会信用代码", "行业门类", "吸纳就业人数",
            "就业单位");

    private final FollowupTable table;
    private final BlindIndex blindIndex;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    OutcomeImport(FollowupTable table, BlindIndex blindIndex, AccessPolicy policy, AuditTrail audit,
            Optional<Clock> clock) {
        this.table = table;
        this.blindIndex = blindIndex;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The columns a file of this kind needs, for the UI's hint and a template. */
    public static List<String> columns(ImportKind kind) {
        return kind == ImportKind.BUSINESS ? HEADER_NAMES.subList(0, 4) : List.of(HEADER_NAMES.get(0), HEADER_NAMES.get(4));
    }

    /** Imports the file, all rows or none. The institution's admin. */
    @Transactional
    public ImportResult importFile(ImportKind kind, String fileName, byte[] xlsx) {
        Caller caller = policy.writerOfCurrentTenant("followup.import");
        List<Line> lines = read(kind, xlsx);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> traineeByIndex = table.traineesByIndex(lines.stream().map(Line::index)
                .filter(java.util.Objects::nonNull).toList());
        Set<String> seen = new HashSet<>();
        Map<Line, Long> cohortOf = new LinkedHashMap<>();
        Map<Line, Long> traineeOf = new HashMap<>();
        for (Line line : lines) {
            List<String> reasons = new ArrayList<>(line.reasons());
            if (line.index() != null) {
                if (!seen.add(line.index())) {
                    reasons.add("followup.import.error.duplicate");
                }
                Long trainee = traineeByIndex.get(line.index());
                if (trainee == null) {
                    reasons.add("followup.import.error.no-trainee");
                } else {
                    Optional<Long> cohort = table.latestCompletedCohort(trainee);
                    if (cohort.isEmpty()) {
                        reasons.add("followup.import.error.not-completed");
                    } else {
                        cohortOf.put(line, cohort.get());
                        traineeOf.put(line, trainee);
                    }
                }
            }
            if (!reasons.isEmpty()) {
                problems.add(new ImportProblem(line.rowNumber(), line.maskedId(), List.copyOf(reasons)));
            }
        }
        if (!problems.isEmpty()) {
            throw new OutcomeImportRejectedException("followup.import.error.rows", problems,
                    String.valueOf(problems.size()), String.valueOf(lines.size()));
        }
        Instant now = clock.instant();
        String name = fileName.strip().isEmpty() ? "import.xlsx" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        long importId = table.addImport(kind.name(), name, sha256(xlsx), lines.size(), caller.username(), now);
        for (Line line : lines) {
            boolean business = kind == ImportKind.BUSINESS;
            table.addOutcome(new NewOutcome(cohortOf.get(line), traineeOf.get(line), null, importId, OutcomeSource.IMPORT,
                    business ? Boolean.TRUE : null, line.creditCode(), line.industry(), line.jobs(),
                    business ? null : Boolean.TRUE, line.employer(), Set.of(), caller.username(), now));
        }
        audit.record(AuditEvent.changed("followup.imported", "followup-import", importId, null,
                kind + " " + lines.size() + " rows " + sha256(xlsx)));
        return new ImportResult(importId, kind, lines.size());
    }

    /** One checked row; {@code index} is the blind index of a valid ID number, the number itself is dropped. */
    private record Line(int rowNumber, @Nullable String index, String maskedId, @Nullable String creditCode,
            @Nullable Industry industry, @Nullable Integer jobs, @Nullable String employer, List<String> reasons) {
    }

    private List<Line> read(ImportKind kind, byte[] xlsx) {
        if (xlsx.length > MAX_BYTES) {
            throw new OutcomeImportRejectedException("followup.import.error.too-large", List.of(),
                    String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        if (xlsx.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(xlsx)) {
            throw new OutcomeImportRejectedException("followup.import.error.not-xlsx", List.of());
        }
        List<Row> sheet;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            sheet = workbook.getFirstSheet().read();
        } catch (IOException | RuntimeException e) {
            throw new OutcomeImportRejectedException("followup.import.error.not-xlsx", List.of());
        }
        if (sheet.size() < 2) {
            throw new OutcomeImportRejectedException("followup.import.error.empty", List.of());
        }
        int[] columns = columns(kind, sheet.getFirst());
        List<Line> lines = new ArrayList<>();
        for (Row row : sheet.subList(1, sheet.size())) {
            String id = cell(row, columns[0]);
            String code = kind == ImportKind.BUSINESS ? cell(row, columns[1]) : "";
            String industry = kind == ImportKind.BUSINESS ? cell(row, columns[2]) : "";
            String jobs = kind == ImportKind.BUSINESS ? cell(row, columns[3]) : "";
            String employer = kind == ImportKind.EMPLOYMENT ? cell(row, columns[4]) : "";
            if (id.isEmpty() && code.isEmpty() && industry.isEmpty() && jobs.isEmpty() && employer.isEmpty()) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new OutcomeImportRejectedException("followup.import.error.too-many-rows", List.of(),
                        String.valueOf(MAX_ROWS));
            }
            lines.add(line(kind, row.getRowNum(), id, code, industry, jobs, employer));
        }
        if (lines.isEmpty()) {
            throw new OutcomeImportRejectedException("followup.import.error.empty", List.of());
        }
        return lines;
    }

    private Line line(ImportKind kind, int rowNumber, String id, String code, String industryText, String jobsText,
            String employerText) {
        List<String> reasons = new ArrayList<>();
        String index = null;
        String masked = id.length() >= 18 ? id.substring(0, 6) + "********" + id.substring(14, 18) : "";
        if (IdCardNumber.isValid(id)) {
            IdCardNumber number = IdCardNumber.of(id);
            index = blindIndex.of(number);
            masked = number.masked();
        } else {
            reasons.add(id.isEmpty() ? "followup.import.error.id-missing" : "followup.import.error.id-invalid");
        }
        if (kind == ImportKind.EMPLOYMENT) {
            if (employerText.isEmpty() || employerText.length() > 200) {
                reasons.add("followup.import.error.employer");
            }
            return new Line(rowNumber, index, masked, null, null, null,
                    employerText.isEmpty() ? null : employerText, reasons);
        }
        String creditCode = null;
        if (CreditCode.isValid(code)) {
            creditCode = new CreditCode(code).value();
        } else {
            reasons.add("followup.import.error.credit-code");
        }
        Industry industry = null;
        try {
            industry = Industry.of(industryText);
        } catch (IllegalArgumentException e) {
            reasons.add("followup.import.error.industry");
        }
        Integer jobs = null;
        try {
            jobs = jobsText.isEmpty() ? 0 : new java.math.BigDecimal(jobsText).intValueExact();
            if (jobs < 0 || jobs > 100_000) {
                throw new ArithmeticException();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            jobs = null;
            reasons.add("followup.import.error.jobs");
        }
        return new Line(rowNumber, index, masked, creditCode, industry, jobs, null, reasons);
    }

    private static int[] columns(ImportKind kind, Row header) {
        int[] columns = {-1, -1, -1, -1, -1};
        for (int i = 0; i < header.getCellCount(); i++) {
            Integer column = HEADERS.get(cell(header, i).toLowerCase());
            if (column != null && columns[column] < 0) {
                columns[column] = i;
            }
        }
        for (String needed : columns(kind)) {
            if (columns[HEADER_NAMES.indexOf(needed)] < 0) {
                throw new OutcomeImportRejectedException("followup.import.error.headers", List.of(), needed);
            }
        }
        return columns;
    }

    private static String cell(Row row, int column) {
        if (column < 0 || !row.hasCell(column) || row.getCell(column) == null) {
            return "";
        }
        String text = row.getCellText(column);
        return text == null ? "" : text.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

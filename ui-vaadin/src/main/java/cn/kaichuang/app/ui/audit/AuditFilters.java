package cn.kaichuang.app.ui.audit;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.audit.AuditQuery;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Actor, action and a date range (days as read in China); tells its listener when they change. */
final class AuditFilters extends HorizontalLayout {

    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditFilters(Runnable onChange) {
        actor.setLabel(getTranslation("audit.actor"));
        action.setLabel(getTranslation("audit.action"));
        action.setPlaceholder(getTranslation("audit.action.placeholder"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        for (TextField field : new TextField[] {actor, action}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> onChange.run());
        }
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setClearButtonVisible(true);
            picker.setManualValidation(true);
            picker.addValueChangeListener(change -> {
                if (validRange()) {
                    onChange.run();
                }
            });
        }
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(actor, action, from, to);
    }

    /** The filter as it stands, or empty while the date range is reversed (the field says why). */
    Optional<AuditQuery> query(AuditQuery.Sort sort, boolean ascending) {
        if (!validRange()) {
            return Optional.empty();
        }
        return Optional.of(new AuditQuery(blankToNull(actor.getValue()), blankToNull(action.getValue()),
                startOf(from.getValue()), startOf(to.getValue() == null ? null : to.getValue().plusDays(1)),
                sort, ascending));
    }

    private boolean validRange() {
        boolean valid = from.getValue() == null || to.getValue() == null || !from.getValue().isAfter(to.getValue());
        to.setErrorMessage(valid ? null : getTranslation("audit.range-invalid"));
        to.setInvalid(!valid);
        return valid;
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.CHINA).toInstant();
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    TextField actorField() {
        return actor;
    }

    TextField actionField() {
        return action;
    }

    DatePicker fromField() {
        return from;
    }

    DatePicker toField() {
        return to;
    }
}

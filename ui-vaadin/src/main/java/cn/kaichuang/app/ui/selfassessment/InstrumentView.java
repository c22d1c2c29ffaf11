package cn.kaichuang.app.ui.selfassessment;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.selfassessment.Instrument;
import cn.kaichuang.selfassessment.SelfAssessmentException;
import cn.kaichuang.selfassessment.SelfAssessments;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * 测评量表 for the province: the current version as an editable form; publishing makes it the next
 * version (after a confirmation), results already taken keep the version they answered.
 */
@Route(value = "self-assessment-instrument", layout = MainLayout.class)
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class InstrumentView extends VerticalLayout implements HasDynamicTitle {

    record DimensionForm(String code, TextField name, List<TextField> items, List<Checkbox> reverse, TextArea low,
            TextArea mid, TextArea high) {
    }

    private final SelfAssessments assessments;
    final TextField title = new TextField();
    final List<DimensionForm> dimensions = new ArrayList<>();
    final Div version = new Div();
    final Div form = new Div();

    InstrumentView(SelfAssessments assessments) {
        this.assessments = assessments;
        addClassName("kc-view");
        setMaxWidth("50rem");
        Button publish = new Button(getTranslation("selfassessment.publish"), click -> confirm());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("selfassessment.instrument.title")), version, form, publish);
        load();
    }

    void load() {
        Instrument current = assessments.current();
        version.setText(getTranslation("selfassessment.instrument.version", current.version(),
                current.publishedAt() == null ? "" : Formats.dateTime(this, current.publishedAt())));
        form.removeAll();
        dimensions.clear();
        title.setLabel(getTranslation("selfassessment.instrument.name"));
        title.setValue(current.title());
        title.setWidthFull();
        form.add(title);
        for (Instrument.Dimension d : current.dimensions()) {
            TextField name = new TextField(getTranslation("selfassessment.instrument.dimension"), d.name(), "");
            form.add(new H3(d.name()), name);
            List<TextField> items = new ArrayList<>();
            List<Checkbox> reverse = new ArrayList<>();
            for (Instrument.Item item : d.items()) {
                TextField text = new TextField();
                text.setValue(item.text());
                text.setWidthFull();
                text.setMaxLength(300);
                Checkbox reversed = new Checkbox(getTranslation("selfassessment.instrument.reverse"), item.reverse());
                items.add(text);
                reverse.add(reversed);
                form.add(text, reversed);
            }
            TextArea low = advice("LOW", d.adviceLow());
            TextArea mid = advice("MID", d.adviceMid());
            TextArea high = advice("HIGH", d.adviceHigh());
            form.add(low, mid, high);
            dimensions.add(new DimensionForm(d.code(), name, items, reverse, low, mid, high));
        }
    }

    private TextArea advice(String level, String value) {
        TextArea area = new TextArea(getTranslation("selfassessment.instrument.advice",
                getTranslation("selfassessment.level." + level)));
        area.setValue(value);
        area.setWidthFull();
        area.setMaxLength(1000);
        return area;
    }

    void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("selfassessment.publish"),
                getTranslation("selfassessment.publish.confirm"), getTranslation("selfassessment.publish"),
                event -> publish());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    void publish() {
        List<Instrument.Dimension> list = dimensions.stream().map(f -> {
            List<Instrument.Item> items = new ArrayList<>();
            for (int i = 0; i < f.items().size(); i++) {
                items.add(new Instrument.Item(f.items().get(i).getValue().strip(), f.reverse().get(i).getValue()));
            }
            return new Instrument.Dimension(f.code(), f.name().getValue().strip(), items, f.low().getValue().strip(),
                    f.mid().getValue().strip(), f.high().getValue().strip());
        }).toList();
        try {
            int next = assessments.publish(new Instrument(0, title.getValue().strip(), list, null));
            Notification.show(getTranslation("selfassessment.published", next))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (SelfAssessmentException e) {
            Notification.show(getTranslation(e.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfassessment.instrument.title") + " | " + getTranslation("app.name");
    }
}

package cn.kaichuang.app.ui.certificate;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.certificate.CertificateException;
import cn.kaichuang.certificate.CompletionRule;
import cn.kaichuang.certificate.CompletionRuleChange;
import cn.kaichuang.certificate.CompletionRules;
import cn.kaichuang.identity.AccessRefusedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 结业条件: the province sets per course type the share of sessions a trainee must attend and
 * whether the exam and the business plan must be passed. Every change is audited and listed below.
 */
@Route(value = "completion-rules", layout = MainLayout.class)
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class CompletionRulesView extends VerticalLayout implements HasDynamicTitle {

    private final CompletionRules rules;
    private final Grid<CompletionRule> grid = new Grid<>();
    private final Grid<CompletionRuleChange> history = new Grid<>();

    CompletionRulesView(CompletionRules rules) {
        this.rules = rules;
        addClassName("kc-view");
        setSizeFull();
        grid.addColumn(r -> CourseTypes.name(this, r.courseType())).setHeader(getTranslation("rules.course"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(r -> r.minAttendancePercent() + "%").setHeader(getTranslation("rules.attendance"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> yesNo(r.examRequired())).setHeader(getTranslation("rules.exam")).setAutoWidth(true);
        grid.addColumn(r -> yesNo(r.planRequired())).setHeader(getTranslation("rules.plan")).setAutoWidth(true);
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("certificates.actions")).setAutoWidth(true)
                .setKey("edit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        history.addColumn(c -> Formats.dateTime(this, c.changedAt())).setHeader(getTranslation("rules.changed-at"))
                .setAutoWidth(true);
        history.addColumn(CompletionRuleChange::changedBy).setHeader(getTranslation("rules.changed-by"))
                .setAutoWidth(true);
        history.addColumn(c -> CourseTypes.name(this, c.rule().courseType())).setHeader(getTranslation("rules.course"))
                .setAutoWidth(true);
        history.addColumn(c -> summary(c.rule())).setHeader(getTranslation("rules.rule")).setFlexGrow(2);
        add(new H2(getTranslation("rules.title")), grid, new H3(getTranslation("rules.history")), history);
        refresh();
    }

    private void refresh() {
        grid.setItems(rules.all());
        history.setItems(rules.history(100));
    }

    private Component editButton(CompletionRule rule) {
        Button edit = new Button(getTranslation("rules.edit"), click -> edit(rule));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return edit;
    }

    private void edit(CompletionRule rule) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("rules.edit.title", CourseTypes.name(this, rule.courseType())));
        IntegerField percent = new IntegerField(getTranslation("rules.attendance"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setValue(rule.minAttendancePercent());
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        Checkbox exam = new Checkbox(getTranslation("rules.exam"), rule.examRequired());
        Checkbox plan = new Checkbox(getTranslation("rules.plan"), rule.planRequired());
        Button save = new Button(getTranslation("rules.save"), click -> {
            Integer value = percent.getValue();
            if (value == null || percent.isInvalid()) {
                percent.setInvalid(true);
                percent.setErrorMessage(getTranslation("certificate.error.rule-percent", percent.getElement()
                        .getProperty("value", "")));
                return;
            }
            if (save(rule, value, exam.getValue(), plan.getValue())) {
                dialog.close();
            } else {
                percent.setInvalid(true);
                percent.setErrorMessage(getTranslation("certificate.error.rule-percent", value));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(percent, exam, plan));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private boolean save(CompletionRule rule, int percent, boolean exam, boolean plan) {
        try {
            rules.change(rule.courseType(), percent, exam, plan);
        } catch (CertificateException e) {
            return false;
        } catch (AccessRefusedException e) {
            Notification.show(getTranslation("certificate.error.forbidden", e.operation()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return true;
        }
        Notification.show(getTranslation("rules.saved", CourseTypes.name(this, rule.courseType())), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }

    private String summary(CompletionRule r) {
        return getTranslation("rules.summary", r.minAttendancePercent(), yesNo(r.examRequired()), yesNo(r.planRequired()));
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "rules.required" : "rules.not-required");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title") + " | " + getTranslation("app.name");
    }
}

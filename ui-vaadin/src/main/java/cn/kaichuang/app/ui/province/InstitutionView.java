package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.InvalidTenantCodeException;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * 机构详情 at {@code /institution/<code>}. The code comes from the URL, so anyone can type
 * another one: an institution outside the caller's supervision is answered exactly like an
 * unknown code (not found), and the core service records the attempt.
 */
@Route(value = "institution", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class InstitutionView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final SupervisedInstitutions institutions;
    private String title = "";

    InstitutionView(SupervisedInstitutions institutions) {
        this.institutions = institutions;
        addClassName("kc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        SupervisedInstitution institution = parse(code).flatMap(institutions::find)
                .orElseThrow(() -> new NotFoundException(getTranslation("institution.not-found")));
        Tenant tenant = institution.tenant();
        title = tenant.name();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(tenant.code().value()), getTranslation("institutions.code"));
        facts.addFormItem(new Span(Regions.name(this, tenant.regionCode())), getTranslation("institutions.region"));
        facts.addFormItem(new Span(getTranslation("status." + tenant.status().name())),
                getTranslation("institutions.status"));
        Optional<TenantStatistics> snapshot = institution.snapshot();
        facts.addFormItem(new Span(snapshot.map(s -> String.valueOf(s.cohorts())).orElse(getTranslation("common.none"))),
                getTranslation("institutions.cohorts"));
        facts.addFormItem(new Span(snapshot.map(s -> String.valueOf(s.trainees())).orElse(getTranslation("common.none"))),
                getTranslation("institutions.trainees"));
        facts.addFormItem(new Span(snapshot.map(s -> Formats.dateTime(this, s.takenAt()))
                .orElse(getTranslation("institutions.no-snapshot"))), getTranslation("institutions.snapshot"));
        removeAll();
        add(new H2(tenant.name()), facts);
    }

    private static Optional<TenantCode> parse(String code) {
        try {
            return Optional.of(TenantCode.of(code));
        } catch (InvalidTenantCodeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.kaichuang.app.ui.province.InstitutionView;
import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** 机构详情 by URL: another prefecture's institution is not found, exactly like an unknown one. */
class InstitutionViewTest extends KaribuTest {

    @Autowired
    AuditTrail audit;

    @Test
    void aPrefectureOpensItsOwnInstitutionByUrl() {
        login("changsha");
        UI.getCurrent().navigate("institution/changsha-xingcheng");

        assertThat(_get(InstitutionView.class)).isNotNull();
        assertThat(_get(H2.class).getText()).isEqualTo("长沙市星城创业职业培训学校");
    }

    @Test
    void anotherPrefecturesInstitutionInTheUrlIsNotFoundAndRecorded() {
        long before = lastSeq();
        login("changsha");

        assertThatThrownBy(() -> UI.getCurrent().navigate("institution/zhuzhou-yandi"))
                .isInstanceOf(NotFoundError.class).hasMessageContaining("未找到该机构");
        assertThatThrownBy(() -> UI.getCurrent().navigate("institution/no-such-place"))
                .isInstanceOf(NotFoundError.class).hasMessageContaining("未找到该机构");

        SecurityContextHolder.clearContext();
        List<AuditEntry> refusals = audit.recent(null, "access.refused", 50).stream()
                .filter(e -> e.seq() > before).toList();
        assertThat(refusals).extracting(AuditEntry::actor, AuditEntry::subjectId)
                .contains(tuple("changsha", "-/zhuzhou-yandi"));
    }

    @Test
    void theProvinceOpensAnyInstitution() {
        login("province");
        UI.getCurrent().navigate("institution/zhuzhou-yandi");

        assertThat(_get(H2.class).getText()).isEqualTo("株洲市炎帝职业技能培训中心");
    }

    private long lastSeq() {
        return audit.recent(null, "", 1).stream().mapToLong(AuditEntry::seq).max().orElse(0);
    }
}

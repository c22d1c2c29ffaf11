package cn.kaichuang.app.demo;

import static cn.kaichuang.cohort.CourseType.GYB;
import static cn.kaichuang.cohort.CourseType.IYB;
import static cn.kaichuang.cohort.CourseType.ONLINE;
import static cn.kaichuang.cohort.CourseType.SYB;

import cn.kaichuang.app.demo.DemoInstitution.Cohort;
import cn.kaichuang.app.demo.DemoInstitution.Lecturer;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.tenancy.TenantCode;
import java.util.List;
import java.util.Set;

/** The fictitious institutions of the demo, one in each of three Hunan prefectures. */
final class DemoData {

    static final int CAPACITY = 30;
    static final int TRAINEES_PER_INSTITUTION = 25;

    static final List<DemoInstitution> INSTITUTIONS = List.of(
            new DemoInstitution(TenantCode.of("changsha-xingcheng"), "长沙市星城创业职业培训学校", "430100",
                    List.of("430102", "430103", "430104", "430105", "430111", "430121"),
                    List.of(new Lecturer("谭志强", "13807310126", "SYB-TT-430100-2016-0031", Set.of(GYB, SYB, IYB)),
                            new Lecturer("罗慧敏", "13975120487", "SYB-TT-430100-2019-0112", Set.of(GYB, SYB))),
                    // Every state of the lifecycle the demo needs: running (approved by changsha), waiting
                    // in changsha's queue, completed (for certificates), and a draft to submit in the UI.
                    List.of(new Cohort("2026年第12期 SYB 创业培训班", SYB, -10, 14,
                                    new Venue("长沙市岳麓区麓山南路 326 号 星城创业大厦 3 楼", 28.1789, 112.9427), 0,
                                    CohortStatus.RUNNING, -1, -1),
                            new Cohort("2026年第13期 GYB 创业意识培训班", GYB, 14, 3,
                                    new Venue("长沙市芙蓉区五一大道 766 号 人力资源市场 5 楼培训室", 28.1966, 112.9932), 1,
                                    CohortStatus.SUBMITTED, -1, -1),
                            new Cohort("2026年第11期 SYB 创业培训班", SYB, -45, 10,
                                    new Venue("长沙市岳麓区麓山南路 326 号 星城创业大厦 3 楼", 28.1789, 112.9427), 1,
                                    CohortStatus.COMPLETED, 0, 12),
                            new Cohort("2026年第14期 SYB 创业培训班", SYB, 30, 10,
                                    new Venue("长沙市开福区芙蓉中路一段 478 号 创业服务中心 2 楼", 28.2157, 112.9853), 1,
                                    CohortStatus.DRAFT, 20, 25))),
            new DemoInstitution(TenantCode.of("zhuzhou-yandi"), "株洲市炎帝职业技能培训中心", "430200",
                    List.of("430202", "430203", "430204", "430211", "430212", "430223"),
                    List.of(new Lecturer("易建军", "13907332215", "SYB-TT-430200-2017-0045", Set.of(SYB, IYB)),
                            new Lecturer("邓晓丽", "15173326638", "SYB-TT-430200-2021-0078", Set.of(GYB, SYB))),
                    List.of(new Cohort("2026年第8期 SYB 创业培训班", SYB, -5, 12,
                                    new Venue("株洲市天元区长江北路 18 号 天元创业孵化基地 2 楼", 27.8354, 113.0817), 0),
                            new Cohort("2026年第2期 IYB 企业改善培训班", IYB, 21, 5,
                                    new Venue("株洲市芦淞区建设中路 65 号 职业教育中心 4 楼", 27.8276, 113.1524), 0))),
            new DemoInstitution(TenantCode.of("xiangtan-liancheng"), "湘潭市莲城创业服务中心", "430300",
                    List.of("430302", "430304", "430321", "430381", "430382"),
                    List.of(new Lecturer("周立新", "13786212390", "SYB-TT-430300-2015-0019", Set.of(GYB, SYB, ONLINE)),
                            new Lecturer("彭雅琴", "18873254016", "SYB-TT-430300-2020-0093", Set.of(SYB, ONLINE))),
                    List.of(new Cohort("2026年第5期网络创业培训班", ONLINE, -20, 30,
                                    new Venue("湘潭市岳塘区建设北路 99 号 就业服务中心 6 楼", 27.8601, 112.9513), 1),
                            new Cohort("2026年第9期 SYB 创业培训班", SYB, 7, 12,
                                    new Venue("湘潭市雨湖区韶山中路 18 号 莲城创业学院", 27.8723, 112.9012), 0))));

    private DemoData() {
    }

    static DemoInstitution first() {
        return INSTITUTIONS.getFirst();
    }

    static boolean isDemoInstitution(TenantCode code) {
        return INSTITUTIONS.stream().anyMatch(institution -> institution.code().equals(code));
    }
}

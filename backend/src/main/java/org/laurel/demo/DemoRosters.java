package org.laurel.demo;

import java.util.List;
import java.util.Map;
import org.laurel.entries.InstitutionKind;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.participation.ParticipationView.Alias;
import org.laurel.programs.TeamRules;

/**
 * Who was on the demo's teams, as their entries declare them: people from universities,
 * companies and research institutes in China and abroad, some institutions written in Chinese on
 * one entry and in English on another, which the organizer's aliases fold together in the
 * participation figures. The owner's line carries their account email, so the owner counts once.
 *
 * <p>No line names a demo judge's organization (Tsinghua University, Fraunhofer, Zhongguancun
 * Capital, and on the expo's halls Shanghai Jiao Tong University, Imperial College London, Pearl
 * River Ventures): every judge scores every entry of the developer contest, each hall's panel every
 * pitch on it, and conflict detection would rightly keep a judge off a team with a colleague on it.
 */
final class DemoRosters {

    private DemoRosters() {}

    /** The developer contest's team rules: at most five people, each on one team only. */
    static final TeamRules CONTEST_TEAMS = new TeamRules(5, true);

    /** The developer contest's rosters, by entry title. */
    static final Map<String, List<TeamMember>> CONTEST = Map.of(
            "Photon Labs — LiveCaption",
            List.of(
                    owner("Amy Applicant", "applicant@demo.laurel.dev", "Photon Labs", "Singapore"),
                    member("李想", "Speech engineer", "浙江大学", InstitutionKind.UNIVERSITY, "China"),
                    member("Lukas Meier", "Developer", "ETH Zürich", InstitutionKind.UNIVERSITY, "Switzerland"),
                    member("Anna Schmidt", "Audio engineer", "Huawei", InstitutionKind.COMPANY, "Germany")),
            "Tsinghua Green Chem — CarbonLens",
            List.of(
                    owner("陈晨", "chen@demo.laurel.dev", "Tsinghua Green Chem", "China"),
                    member("王芳", "Data engineer", "Zhejiang University", InstitutionKind.UNIVERSITY, "China"),
                    member(
                            "Sophie Turner",
                            "Carbon analyst",
                            "University of Cambridge",
                            InstitutionKind.UNIVERSITY,
                            "United Kingdom"),
                    member("林悦", "Front-end developer", "Fudan University", InstitutionKind.UNIVERSITY, "China")),
            "AgriDrone — FieldMap",
            List.of(
                    owner("Priya Rao", "rao@demo.laurel.dev", "AgriDrone", "Singapore"),
                    member("张磊", "GIS developer", "中国科学院自动化研究所", InstitutionKind.RESEARCH, "China"),
                    member(
                            "Jonas Becker",
                            "Backend developer",
                            "Technical University of Munich",
                            InstitutionKind.UNIVERSITY,
                            "Germany"),
                    member("刘洋", "Mobile developer", "阿里云", InstitutionKind.COMPANY, "China")),
            "MedSight — QueueCare",
            List.of(
                    owner("陈晨", "chen@demo.laurel.dev", "MedSight", "China"),
                    member("赵敏", "Clinical advisor", "复旦大学", InstitutionKind.UNIVERSITY, "China"),
                    member("孙浩", "Developer", "华为", InstitutionKind.COMPANY, "China"),
                    member("Zhou Jie", "Developer", "Alibaba Cloud", InstitutionKind.COMPANY, "Singapore")));

    /** The organizer's aliases for the developer contest: Chinese names counted as their English ones. */
    static final List<Alias> CONTEST_ALIASES = List.of(
            new Alias("清华大学", "Tsinghua University"),
            new Alias("浙江大学", "Zhejiang University"),
            new Alias("复旦大学", "Fudan University"),
            new Alias("华为", "Huawei"),
            new Alias("阿里云", "Alibaba Cloud"),
            new Alias("中国科学院自动化研究所", "Institute of Automation, Chinese Academy of Sciences"),
            new Alias("ETH Zurich", "ETH Zürich"));

    /**
     * Some of the expo's roadshow finalists, by entry title: the founders and researchers behind
     * them, whose names and institutions the public showcase lists. The entries are owned by the
     * demo applicants in turn (so a visitor can sign in as an owner), who are not on these lines.
     */
    static final Map<String, List<TeamMember>> EXPO = Map.of(
            "CarbonTrace 碳迹",
            List.of(
                    member("李静", "Founder", "碳迹科技", InstitutionKind.COMPANY, "China"),
                    member("周宇", "Carbon accountant", "同济大学", InstitutionKind.UNIVERSITY, "China")),
            "Nimbus Farms",
            List.of(
                    member("Hannah Okafor", "Founder", "Nimbus Farms Ltd.", InstitutionKind.COMPANY, "United Kingdom"),
                    member(
                            "Tom de Vries",
                            "Plant scientist",
                            "Wageningen University",
                            InstitutionKind.UNIVERSITY,
                            "Netherlands")),
            "MedRoute 医路通",
            List.of(
                    member("黄蕾", "Founder", "医路通", InstitutionKind.COMPANY, "China"),
                    member("许晨", "Operations researcher", "复旦大学", InstitutionKind.UNIVERSITY, "China")),
            "EchoCare",
            List.of(
                    member("Marta Silva", "Founder", "EchoCare Health", InstitutionKind.COMPANY, "Portugal"),
                    member(
                            "Kenji Sato",
                            "Speech scientist",
                            "University of Tokyo",
                            InstitutionKind.UNIVERSITY,
                            "Japan")),
            "Solid-state sodium battery",
            List.of(
                    member("郑涛", "Principal investigator", "南湖储能研究院", InstitutionKind.RESEARCH, "China"),
                    member("钱宁", "Electrochemist", "中国科学技术大学", InstitutionKind.UNIVERSITY, "China")),
            "Seaweed bioplastic",
            List.of(
                    member("何欣", "Founder", "海藻新材", InstitutionKind.COMPANY, "China"),
                    member(
                            "Lars Nilsson",
                            "Materials scientist",
                            "Chalmers University of Technology",
                            InstitutionKind.UNIVERSITY,
                            "Sweden")),
            "Perennial rice 多年生稻",
            List.of(
                    member("杨明", "Rice breeder", "云南大学", InstitutionKind.UNIVERSITY, "China"),
                    member("段丽", "Agronomist", "云岭农科", InstitutionKind.RESEARCH, "China")));

    /**
     * The open award's submitted entry, before its team grows: the owner and the principal
     * investigator. {@code chen@} and {@code rao@} join it through invitations, which adds them.
     */
    static final List<TeamMember> PEROVSKITE = List.of(
            owner("Amy Applicant", "applicant@demo.laurel.dev", "Photon Labs", "Singapore"),
            member("Prof. Wang Jianguo", "Principal investigator", "浙江大学", InstitutionKind.UNIVERSITY, "China"));

    private static TeamMember owner(String name, String email, String company, String region) {
        return new TeamMember(name, email, "Lead", company, InstitutionKind.COMPANY, region);
    }

    private static TeamMember member(
            String name, String role, String institution, InstitutionKind kind, String region) {
        return new TeamMember(name, null, role, institution, kind, region);
    }
}

// exchange/ledger_layouts.cc — see ledger_layouts.h. The column tables follow what county
// 司法局 / 信访局 ledgers show (登记台账 templates), with every field of the domain records that
// a flat table can hold. Not in the tables (edited in the system instead): petition time
// not counted (excluded intervals) and 复核 hearing intervals.
#include "exchange/ledger_layouts.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "domain/common.h"

namespace fazhi::exchange {
namespace {

using K = ColumnKind;

// Column flags for the tables below.
enum ColumnFlags : unsigned {
  kOptional = 0,
  kRequired = 1,       // import: the column must be there and the cell filled
  kExportOnly = 2,     // ignored on import
  kMultiTownship = 4,  // exported only when the export spans several townships
};

ColumnSpec Col(std::string_view key, std::string_view header, std::string_view header_en,
               ColumnKind kind, unsigned flags, double width, std::vector<std::string_view> aliases,
               std::string_view how_zh, std::vector<std::string_view> more_fields = {}) {
  return {key,
          header,
          header_en,
          kind,
          (flags & kRequired) != 0,
          (flags & kExportOnly) == 0,
          (flags & kMultiTownship) != 0,
          width,
          std::move(aliases),
          how_zh,
          std::move(more_fields)};
}

// 序号 (export only) and 乡镇（街道） (only in exports spanning townships), the first two columns of
// every table; `more_aliases` are a ledger's own words for the township.
void AddSequenceAndTownship(std::vector<ColumnSpec>& c, std::vector<std::string_view> more_aliases) {
  c.push_back(Col("seq", "序号", "No.", K::kSequence, kExportOnly, 6, {}, "导出时自动编号；导入时忽略"));
  std::vector<std::string_view> aliases = {"乡镇", "街道", "所属乡镇", "乡镇街道", "所属乡镇（街道）"};
  aliases.insert(aliases.end(), more_aliases.begin(), more_aliases.end());
  c.push_back(Col("township", "乡镇（街道）", "Township", K::kText, kMultiTownship, 14, std::move(aliases),
                  "跨乡镇导出时才有此列；导入时可留空，填写的须是导入的乡镇（街道）", {"townshipId"}));
}

// clang-format off
std::vector<ColumnSpec> MediationTable() {
  std::vector<ColumnSpec> c;
  AddSequenceAndTownship(c, {});
  c.push_back(Col("caseNo", "案件编号", "Case number", K::kText, kRequired, 20,
                {"编号", "案号", "调解案号", "案件号", "调解编号", "卷宗号"},
                "必填，本乡镇内不得重复，如“许调〔2025〕15号”"));
  c.push_back(Col("acceptedOn", "受理日期", "Accepted on", K::kDate, kRequired, 12,
                {"登记日期", "受理时间", "收案日期", "申请日期"},
                "必填，日期"));
  c.push_back(Col("category", "纠纷类型", "Dispute category", K::kChoice, kRequired, 12,
                {"纠纷类别", "案件类型", "纠纷种类", "案件类别"},
                "必填：婚姻家庭、邻里、房屋宅基地、合同、生产经营、损害赔偿、山林土地、征地拆迁、环境污染、劳动争议、消费、医疗、道路交通事故、物业、村务管理、土地承包经营、其他（可带“纠纷”二字）"));
  c.push_back(Col("committee", "调解组织", "Mediation committee", K::kText, kOptional, 22,
                {"调委会", "调解委员会", "人民调解委员会", "调解组织名称", "调解机构"},
                "本乡镇已登记的调委会名称（可写简称，如“新春村调委会”）；留空为乡镇（街道）调委会",
                {"committeeId"}));
  c.push_back(Col("mediator", "调解员", "Mediator", K::kText, kOptional, 10,
                {"主持调解员", "调解人员", "调解人", "承办调解员"},
                "本乡镇已登记的调解员姓名；可留空",
                {"mediatorId"}));
  c.push_back(Col("startMode", "受理方式", "How it started", K::kChoice, kOptional, 12,
                {"调解方式", "启动方式", "案件来源", "纠纷来源", "来源"},
                "当事人申请、主动调解、委托移送；留空为当事人申请"));
  c.push_back(Col("referredBy", "委托移送单位", "Referred by", K::kText, kOptional, 14,
                {"移送单位", "委托单位", "委托移送机关"},
                "委托移送的必填（人民法院、派出所等）"));
  c.push_back(Col("parties.name", "当事人", "Parties", K::kList, kRequired, 18,
                {"当事人姓名", "双方当事人", "当事人姓名（名称）", "当事人名称", "姓名"},
                "必填，至少两方，用“；”分隔（也认“;”“、”和单元格内换行）",
                {"parties"}));
  c.push_back(Col("parties.kind", "当事人类别", "Party kinds", K::kList, kOptional, 14,
                {"当事人类型"},
                "自然人、法人或其他组织，按当事人顺序用“；”分隔；留空时按证件号码和名称判断"));
  c.push_back(Col("parties.idNumber", "当事人证件号码", "Party ID numbers", K::kList, kOptional, 24,
                {"当事人身份证号", "当事人身份证号码", "身份证号", "身份证号码", "证件号码", "身份证号（统一社会信用代码）"},
                "自然人填身份证号，单位填统一社会信用代码；按当事人顺序用“；”分隔，没有的留空（如“；91350100M000100Y43”）",
                {"parties.uscc"}));
  c.push_back(Col("parties.phone", "联系电话", "Phones", K::kList, kOptional, 16,
                {"当事人联系电话", "电话", "联系方式", "电话号码"},
                "按当事人顺序用“；”分隔，没有的留空"));
  c.push_back(Col("parties.address", "当事人住址", "Addresses", K::kList, kOptional, 20,
                {"住址", "地址", "家庭住址", "当事人地址", "住所地"},
                "按当事人顺序用“；”分隔；只填一个时各方相同"));
  c.push_back(Col("summary", "纠纷简要情况", "Summary", K::kText, kRequired, 30,
                {"纠纷情况", "简要案情", "纠纷事由", "案情简介", "主要事实", "纠纷简要情况及争议焦点", "纠纷简况", "基本案情"},
                "必填：事实和争议焦点"));
  c.push_back(Col("amountFen", "涉及金额（元）", "Amount (yuan)", K::kMoney, kOptional, 12,
                {"标的额", "涉案金额", "纠纷涉及金额", "争议金额", "涉及金额"},
                "元，可带千分位或“元”“万元”；留空为 0"));
  c.push_back(Col("outcome", "调解结果", "Outcome", K::kChoice, kOptional, 10,
                {"调解结论", "调处结果", "调解情况"},
                "调解中、成功、失败、终止；留空时：没有结案日期为调解中"));
  c.push_back(Col("concludedOn", "结案日期", "Concluded on", K::kDate, kOptional, 12,
                {"结案时间", "调结日期", "办结日期", "调解终结日期"},
                "调解结束的日期"));
  c.push_back(Col("terminationReason", "未成功（终止）原因", "Reason not settled", K::kText, kOptional, 24,
                {"终止原因", "调解不成原因", "失败原因", "未成功原因", "调解不成原因及告知情况"},
                "失败或终止的必填：原因及已告知的其他救济途径"));
  c.push_back(Col("partiesAgreedToContinue", "双方同意延期调解", "Parties agreed to continue", K::kYesNo, kOptional, 10,
                {"同意延期", "同意继续调解", "同意延长调解期限"},
                "是 / 否；超过一个月仍调解时填写"));
  c.push_back(Col("agreement.form", "协议形式", "Agreement form", K::kChoice, kOptional, 10,
                {"协议类型", "调解协议形式"},
                "书面协议、口头协议；调解成功时留空为书面协议",
                {"agreement"}));
  c.push_back(Col("agreement.effectiveOn", "协议生效日期", "Agreement effective on", K::kDate, kOptional, 12,
                {"协议日期", "协议签订日期", "签订日期", "达成协议日期"},
                "留空为结案日期"));
  c.push_back(Col("agreement.terms", "协议内容", "Agreement terms", K::kText, kOptional, 30,
                {"协议主要内容", "调解协议内容", "协议内容及履行方式", "协议条款"},
                "调解成功的必填：约定事项、履行方式和期限"));
  c.push_back(Col("agreement.amountFen", "协议金额（元）", "Agreement amount (yuan)", K::kMoney, kOptional, 12,
                {"协议涉及金额", "协议履行金额"},
                "元；留空为 0"));
  c.push_back(Col("agreement.performanceDue", "约定履行期限", "Performance due", K::kDate, kOptional, 12,
                {"履行期限"},
                "日期"));
  c.push_back(Col("agreement.performance", "履行情况", "Performance", K::kChoice, kOptional, 10,
                {"协议履行情况", "履行状态"},
                "已履行、部分履行、未履行、待履行；留空为待履行"));
  c.push_back(Col("agreement.performedOn", "履行日期", "Performed on", K::kDate, kOptional, 12,
                {"履行完毕日期", "履行完成日期"},
                "已履行的必填"));
  c.push_back(Col("agreement.lastFollowupOn", "回访日期", "Follow-up on", K::kDate, kOptional, 12,
                {"回访时间", "最近回访日期"},
                "日期"));
  c.push_back(Col("agreement.confirmationAppliedOn", "司法确认申请日期", "Confirmation applied on", K::kDate, kOptional, 12,
                {"申请司法确认日期"},
                "仅书面协议"));
  c.push_back(Col("agreement.confirmationCourt", "司法确认法院", "Confirmation court", K::kText, kOptional, 14,
                {"确认法院"},
                "申请了司法确认的必填"));
  c.push_back(Col("agreement.confirmationResult", "司法确认结果", "Confirmation result", K::kChoice, kOptional, 10,
                {"司法确认情况"},
                "未申请、审查中、确认有效、驳回申请；留空时：有申请日期为审查中"));
  c.push_back(Col("agreement.confirmationDecidedOn", "司法确认裁定日期", "Confirmation decided on", K::kDate, kOptional, 12,
                {"裁定日期"},
                "确认有效或驳回的必填"));
  c.push_back(Col("preventedCriminal", "防止民转刑", "Prevented a criminal case", K::kYesNo, kOptional, 8,
                {"防止民间纠纷转化为刑事案件", "防止民转刑案件"},
                "是 / 否"));
  c.push_back(Col("preventedGroupPetition", "防止群体性上访", "Prevented a group petition", K::kYesNo, kOptional, 8,
                {"防止群体性上访事件"},
                "是 / 否"));
  return c;
}

std::vector<ColumnSpec> PetitionTable() {
  std::vector<ColumnSpec> c;
  AddSequenceAndTownship(c, {});
  c.push_back(Col("regNo", "登记编号", "Registration number", K::kText, kRequired, 20,
                {"编号", "信访编号", "信访件编号", "件号", "受理编号", "信访事项编号"},
                "必填，本乡镇内不得重复，如“许信〔2025〕3号”",
                {"duplicateOf"}));
  c.push_back(Col("receivedOn", "收到日期", "Received on", K::kDate, kRequired, 12,
                {"登记日期", "来信来访日期", "信访日期", "收到时间", "来访日期", "来信日期", "信访时间", "登记时间", "收件日期"},
                "必填；交办的为收到交办的日期"));
  c.push_back(Col("channel", "信访形式", "Channel", K::kChoice, kRequired, 10,
                {"信访方式", "来访形式", "信访渠道", "渠道"},
                "必填：来信、来访、网上、电话、传真（也认“书信”“走访”“信息网络”）"));
  c.push_back(Col("source", "来源", "Source", K::kChoice, kOptional, 10,
                {"信访来源", "事项来源"},
                "直接受理、交办转送；留空时有交办单位即为交办转送"));
  c.push_back(Col("assignedBy", "交办单位", "Assigned by", K::kText, kOptional, 14,
                {"交办转送单位", "转送单位", "交办机关", "交办部门"},
                "交办转送的必填"));
  c.push_back(Col("petitionerName", "信访人", "Petitioner", K::kText, kOptional, 10,
                {"信访人姓名", "姓名", "来访人", "反映人", "信访人（代表）"},
                "来访的必填（检举控告类可匿名）"));
  c.push_back(Col("idNumber", "身份证号", "ID number", K::kText, kOptional, 20,
                {"身份证号码", "信访人身份证号", "证件号码", "公民身份号码"},
                "可留空；填写的须有效"));
  c.push_back(Col("phone", "联系电话", "Phone", K::kText, kOptional, 14,
                {"电话", "联系方式", "电话号码"},
                "可留空；填写的须有效"));
  c.push_back(Col("address", "住址", "Address", K::kText, kOptional, 20,
                {"地址", "家庭住址", "信访人住址", "通讯地址", "住所"},
                "来访的必填"));
  c.push_back(Col("groupSize", "人数", "People", K::kInteger, kOptional, 6,
                {"来访人数", "信访人数", "涉及人数"},
                "留空为 1"));
  c.push_back(Col("representatives", "代表人数", "Representatives", K::kInteger, kOptional, 8,
                {"推选代表人数", "代表人"},
                "5 人以上来访须推选 1–5 名代表"));
  c.push_back(Col("category", "类别", "Category", K::kChoice, kRequired, 12,
                {"信访类别", "问题类别", "事项类别", "信访事项类别", "诉求类别"},
                "必填：建议意见类、检举控告类、申诉求决类"));
  c.push_back(Col("request", "诉求", "Request", K::kText, kRequired, 30,
                {"信访请求", "反映问题", "主要诉求", "请求", "信访事项", "反映的主要问题", "诉求内容", "信访诉求"},
                "必填"));
  c.push_back(Col("facts", "事实", "Facts", K::kText, kRequired, 30,
                {"主要事实", "基本事实", "事实情况", "事实经过"},
                "必填"));
  c.push_back(Col("reasons", "理由", "Reasons", K::kText, kOptional, 20,
                {"主要理由", "理由依据"},
                "来信、网上、传真的必填"));
  c.push_back(Col("urgent", "紧急", "Urgent", K::kYesNo, kOptional, 6,
                {"是否紧急", "紧急事项", "重大紧急"},
                "是 / 否"));
  c.push_back(Col("acknowledgedOn", "告知日期", "Acknowledged on", K::kDate, kOptional, 12,
                {"书面告知日期", "告知时间"},
                "书面告知信访人的日期（15 日内）"));
  c.push_back(Col("acceptedOn", "受理日期", "Accepted on", K::kDate, kOptional, 12,
                {"受理时间"},
                "办理期限（60 日）从此起算",
                {"excluded"}));
  c.push_back(Col("objectedOn", "异议日期", "Objected on", K::kDate, kOptional, 12,
                {"提出异议日期"},
                "交办事项不属本机关职权时提出异议的日期"));
  c.push_back(Col("diversion", "导入法定途径", "Diverted to", K::kChoice, kOptional, 12,
                {"法定途径", "导入途径", "分流途径"},
                "诉讼、仲裁、行政复议、纪检监察、其他法定途径；不涉及的留空"));
  c.push_back(Col("divertedOn", "导入日期", "Diverted on", K::kDate, kOptional, 12,
                {"导入法定途径日期"},
                "日期"));
  c.push_back(Col("extension.days", "延期天数", "Extension days", K::kInteger, kOptional, 8,
                {"延长天数", "延长期限"},
                "不超过 30",
                {"extension"}));
  c.push_back(Col("extension.approver", "延期批准人", "Extension approver", K::kText, kOptional, 10,
                {"延期审批人"},
                "延期的必填"));
  c.push_back(Col("extension.approvedOn", "延期批准日期", "Extension approved on", K::kDate, kOptional, 12,
                {"延期审批日期"},
                "延期的必填"));
  c.push_back(Col("extension.reason", "延期理由", "Extension reason", K::kText, kOptional, 16,
                {"延期原因"},
                "延期的必填"));
  c.push_back(Col("extension.petitionerNotified", "已告知延期", "Petitioner told of extension", K::kYesNo, kOptional, 8,
                {"延期已告知信访人", "延期告知"},
                "是 / 否"));
  c.push_back(Col("closedOn", "办结日期", "Closed on", K::kDate, kOptional, 12,
                {"办结时间", "结案日期"},
                "出具处理意见书的日期"));
  c.push_back(Col("outcome", "处理意见", "Outcome", K::kChoice, kOptional, 10,
                {"办理结果", "处理结果", "处理意见类型"},
                "支持、解释说明、不予支持；办结的必填"));
  c.push_back(Col("replyServedOn", "意见书送达日期", "Reply served on", K::kDate, kOptional, 12,
                {"送达日期", "答复日期", "处理意见书送达日期"},
                "日期"));
  c.push_back(Col("satisfaction", "满意度", "Satisfaction", K::kChoice, kOptional, 10,
                {"群众满意度", "评价结果", "满意度评价"},
                "满意、基本满意、不满意；未评价的留空"));
  c.push_back(Col("ratedOn", "评价日期", "Rated on", K::kDate, kOptional, 12,
                {"满意度评价日期"},
                "评价了的必填"));
  c.push_back(Col("leadLeader", "包案领导", "Lead leader", K::kText, kOptional, 10,
                {"包案领导姓名", "责任领导"},
                "姓名"));
  c.push_back(Col("leadAssignedOn", "包案日期", "Lead assigned on", K::kDate, kOptional, 12,
                {"包案时间"},
                "日期"));
  c.push_back(Col("review.requestedOn", "复查申请日期", "Review requested on", K::kDate, kOptional, 12,
                {},
                "日期",
                {"review"}));
  c.push_back(Col("review.organ", "复查机关", "Review organ", K::kText, kOptional, 14,
                {},
                "申请了复查的必填"));
  c.push_back(Col("review.repliedOn", "复查答复日期", "Review replied on", K::kDate, kOptional, 12,
                {},
                "日期"));
  c.push_back(Col("review.result", "复查结果", "Review result", K::kText, kOptional, 12,
                {},
                "维持、撤销、变更等"));
  c.push_back(Col("reReview.requestedOn", "复核申请日期", "Re-review requested on", K::kDate, kOptional, 12,
                {},
                "日期",
                {"reReview", "concludedFinal"}));
  c.push_back(Col("reReview.organ", "复核机关", "Re-review organ", K::kText, kOptional, 14,
                {},
                "申请了复核的必填"));
  c.push_back(Col("reReview.repliedOn", "复核答复日期", "Re-review replied on", K::kDate, kOptional, 12,
                {},
                "复核答复后即为终结"));
  c.push_back(Col("reReview.result", "复核结果", "Re-review result", K::kText, kOptional, 12,
                {},
                "维持、撤销、变更等"));
  c.push_back(Col("status", "办理状态", "Status", K::kText, kExportOnly, 12,
                {"状态"},
                "导出时按记录生成（待受理、办理中、已办结、已导入法定途径、已终结）；导入时忽略"));
  return c;
}


// 行政执法案件登记台账: one row per case, the columns a county 司法局 asks townships for
// (案件基本情况, 当事人, 承办人员, 告知, 听证, 法制审核, 集体讨论, 决定, 送达, 执行, 结案, 公示).
// Not in the table (edited in the system): extensions, excluded intervals and documents.
std::vector<ColumnSpec> PenaltyTable() {
  std::vector<ColumnSpec> c;
  AddSequenceAndTownship(c, {"执法主体"});
  c.push_back(Col("number", "案号", "Case number", K::kText, kRequired, 22,
                {"立案编号", "案件编号", "案件号", "立案号"},
                "必填，本乡镇内不得重复，如“树综执罚立〔2025〕3号”"));
  c.push_back(Col("cause", "案由", "Cause", K::kText, kRequired, 22,
                {"违法行为", "案件名称", "违法事实"},
                "必填：违法行为，如“未按规定倾倒建筑垃圾”"));
  c.push_back(Col("matterType", "事项类别", "Matter type", K::kText, kRequired, 14,
                {"执法领域", "执法事项类别", "案件类别", "领域"},
                "必填：权责清单中的事项类别，如“市容环境卫生”"));
  c.push_back(Col("category", "执法类别", "Category", K::kChoice, kOptional, 10,
                {"执法行为类别", "行为类别"},
                "行政处罚、行政许可、行政强制、行政征收、行政征用、行政检查；留空为行政处罚"));
  c.push_back(Col("procedure", "适用程序", "Procedure", K::kChoice, kOptional, 10,
                {"程序", "办案程序"},
                "普通程序、简易程序；留空为普通程序"));
  c.push_back(Col("stage", "办案阶段", "Stage", K::kChoice, kOptional, 12,
                {"案件状态", "办理阶段", "当前阶段"},
                "线索/立案、调查取证、告知、陈述申辩/听证、法制审核、集体讨论、决定、送达、执行、结案归档；留空时按已填写的日期确定"));
  c.push_back(Col("leadReceivedOn", "线索受理日期", "Lead received on", K::kDate, kRequired, 12,
                {"案件来源日期", "受理日期", "发现日期", "线索日期"},
                "必填，日期"));
  c.push_back(Col("filedOn", "立案日期", "Filed on", K::kDate, kOptional, 12, {"立案时间"}, "日期"));
  c.push_back(Col("actOn", "违法行为发生日期", "Act on", K::kDate, kOptional, 12,
                {"违法行为日期", "违法时间"},
                "违法行为发生（连续、继续状态的为终了）日期，用于追责时效"));
  c.push_back(Col("parties.name", "当事人", "Parties", K::kList, kRequired, 18,
                {"当事人姓名", "当事人名称", "当事人姓名（名称）", "被处罚人"},
                "必填，多个用“；”分隔",
                {"parties"}));
  c.push_back(Col("parties.kind", "当事人类别", "Party kinds", K::kList, kOptional, 14,
                {"当事人类型"},
                "自然人、法人或其他组织，按当事人顺序用“；”分隔；留空时按证件号码和名称判断"));
  c.push_back(Col("parties.idNumber", "当事人证件号码", "Party ID numbers", K::kList, kOptional, 24,
                {"身份证号", "身份证号码", "证件号码", "统一社会信用代码", "身份证号（统一社会信用代码）"},
                "自然人填身份证号，单位填统一社会信用代码；按当事人顺序用“；”分隔",
                {"parties.uscc"}));
  c.push_back(Col("parties.phone", "联系电话", "Phones", K::kList, kOptional, 16,
                {"当事人联系电话", "电话", "联系方式"},
                "按当事人顺序用“；”分隔，没有的留空"));
  c.push_back(Col("parties.address", "当事人住址", "Addresses", K::kList, kOptional, 20,
                {"住址", "地址", "住所地", "当事人地址"},
                "按当事人顺序用“；”分隔；只填一个时各方相同"));
  c.push_back(Col("officers", "承办人员", "Officers", K::kList, kOptional, 16,
                {"执法人员", "承办人", "办案人员", "主办人员"},
                "本乡镇执法人员名册中的姓名，用“；”分隔（调查取证起至少两人持有效执法证）",
                {"officers.officerId"}));
  c.push_back(Col("officers.certificateNumber", "执法证号", "Certificate numbers", K::kList, kOptional, 22,
                {"执法证件号", "执法证件号码", "执法证编号"},
                "按承办人员顺序用“；”分隔；留空时取当日有效的证件"));
  c.push_back(Col("investigatedOn", "调查取证日期", "Investigated on", K::kDate, kOptional, 12,
                {"调查日期", "现场检查日期", "勘验日期"},
                "询问、现场检查（勘验）笔录的日期"));
  c.push_back(Col("noticeServedOn", "告知书送达日期", "Notice served on", K::kDate, kOptional, 12,
                {"告知日期", "处罚告知日期", "事先告知日期"},
                "行政处罚告知书送达当事人的日期"));
  c.push_back(Col("proposed.kinds", "拟处罚种类", "Proposed kinds", K::kList, kOptional, 14,
                {"告知处罚种类"},
                "警告、通报批评、罚款、没收违法所得……，多个用“；”分隔",
                {"proposed"}));
  c.push_back(Col("proposed.fineFen", "拟罚款金额（元）", "Proposed fine (yuan)", K::kMoney, kOptional, 12,
                {"告知罚款金额", "拟罚款金额"},
                "元"));
  c.push_back(Col("hearingRightNotified", "告知听证权利", "Hearing right told", K::kYesNo, kOptional, 10,
                {"是否告知听证权利", "告知听证"},
                "是 / 否；较大数额罚款等应当告知"));
  c.push_back(Col("rightsWaivedOn", "放弃陈述申辩日期", "Rights waived on", K::kDate, kOptional, 12,
                {"放弃陈述申辩权利日期"},
                "当事人明确放弃陈述、申辩（和听证）的日期"));
  c.push_back(Col("hearing.requestedOn", "听证申请日期", "Hearing requested on", K::kDate, kOptional, 12,
                {"申请听证日期"},
                "告知后5个工作日内",
                {"hearing"}));
  c.push_back(Col("hearing.notifiedOn", "听证通知日期", "Hearing notified on", K::kDate, kOptional, 12,
                {}, "听证7个工作日前"));
  c.push_back(Col("hearing.heldOn", "听证举行日期", "Hearing held on", K::kDate, kOptional, 12,
                {"听证日期"}, "日期"));
  c.push_back(Col("hearing.host", "听证主持人", "Hearing host", K::kText, kOptional, 12,
                {}, "非本案调查人员"));
  c.push_back(Col("legalReview.submittedOn", "法制审核送审日期", "Review submitted on", K::kDate, kOptional, 12,
                {"送审日期"}, "留空为审核日期",
                {"legalReview"}));
  c.push_back(Col("legalReview.reviewedOn", "法制审核日期", "Reviewed on", K::kDate, kOptional, 12,
                {"审核日期"}, "日期"));
  c.push_back(Col("legalReview.reviewer", "法制审核人员", "Reviewer", K::kText, kOptional, 12,
                {"审核人员", "审核人"}, "姓名"));
  c.push_back(Col("legalReview.outcome", "法制审核结论", "Review outcome", K::kChoice, kOptional, 10,
                {"审核结论", "审核结果"}, "同意、修改后提交、不同意；留空为同意"));
  c.push_back(Col("legalReview.opinion", "法制审核意见", "Review opinion", K::kText, kOptional, 24,
                {"审核意见"}, "审核了的必填"));
  c.push_back(Col("collective.heldOn", "集体讨论日期", "Discussed on", K::kDate, kOptional, 12,
                {"集体讨论时间"}, "日期",
                {"collective"}));
  c.push_back(Col("collective.participants", "集体讨论参加人员", "Participants", K::kText, kOptional, 18,
                {"参加人员"}, "讨论了的必填"));
  c.push_back(Col("collective.conclusion", "集体讨论结论", "Discussion conclusion", K::kText, kOptional, 18,
                {"讨论结论", "讨论意见"}, "讨论了的必填"));
  c.push_back(Col("decidedOn", "决定日期", "Decided on", K::kDate, kOptional, 12,
                {"处罚决定日期", "作出决定日期"}, "日期"));
  c.push_back(Col("outcome", "决定结果", "Outcome", K::kChoice, kOptional, 12,
                {"处理结果", "处理决定"},
                "给予行政处罚、不予行政处罚（违法行为轻微）、不予行政处罚（违法事实不能成立）、移送司法机关；留空为给予行政处罚"));
  c.push_back(Col("decided.kinds", "处罚种类", "Kinds", K::kList, kOptional, 14,
                {"处罚种类（决定）", "决定处罚种类"},
                "多个用“；”分隔",
                {"decided"}));
  c.push_back(Col("decided.fineFen", "罚款金额（元）", "Fine (yuan)", K::kMoney, kOptional, 12,
                {"罚款数额", "罚款"}, "元"));
  c.push_back(Col("decided.confiscationFen", "没收金额（元）", "Confiscated (yuan)", K::kMoney, kOptional, 12,
                {"没收违法所得", "没收金额", "没收违法所得金额"}, "元"));
  c.push_back(Col("decided.description", "处罚内容", "Sanction as written", K::kText, kOptional, 22,
                {"处罚决定内容", "决定内容"}, "决定书载明的处罚内容"));
  c.push_back(Col("decisionNumber", "决定书文号", "Decision number", K::kText, kOptional, 20,
                {"处罚决定书文号", "决定文号"}, "作出决定的必填"));
  c.push_back(Col("servedOn", "送达日期", "Served on", K::kDate, kOptional, 12,
                {"决定书送达日期"}, "日期"));
  c.push_back(Col("serviceMethod", "送达方式", "Service method", K::kChoice, kOptional, 10,
                {}, "直接送达、留置送达、电子送达、邮寄送达、委托送达、转交送达、公告送达；留空为直接送达"));
  c.push_back(Col("executedOn", "执行日期", "Executed on", K::kDate, kOptional, 12,
                {"缴款日期", "履行日期"}, "日期"));
  c.push_back(Col("paidFen", "已缴罚没款（元）", "Paid (yuan)", K::kMoney, kOptional, 12,
                {"缴纳金额", "已缴金额", "罚没款"}, "元"));
  c.push_back(Col("closedOn", "结案日期", "Closed on", K::kDate, kOptional, 12,
                {"结案时间", "归档日期"}, "日期"));
  c.push_back(Col("publishedOn", "公示日期", "Published on", K::kDate, kOptional, 12,
                {"公开日期"}, "处罚决定7个工作日内公示"));
  c.push_back(Col("publicationUrl", "公示网址", "Publication URL", K::kText, kOptional, 24,
                {"公示链接", "公开网址"}, "已公示的必填"));
  return c;
}

std::vector<ColumnSpec> NormativeTable() {
  std::vector<ColumnSpec> c;
  AddSequenceAndTownship(c, {});
  c.push_back(Col("title", "文件名称", "Title", K::kText, kRequired, 14, {"名称", "文件标题"}, "必填"));
  c.push_back(Col("number", "文号", "Number", K::kText, kOptional, 14, {"文件编号", "发文字号"}, "发布后必填，本乡镇内不得重复，如“树府规〔2025〕1号”"));
  c.push_back(Col("draftingUnit", "起草单位", "Drafting unit", K::kText, kRequired, 14, {"起草部门", "承办单位"}, "必填"));
  c.push_back(Col("trial", "文件性质", "Trial", K::kChoice, kOptional, 14, {"是否暂行试行"}, "正式、暂行、试行；留空为正式"));
  c.push_back(Col("exclusion", "排除类别", "Exclusion", K::kChoice, kOptional, 14, {}, "登记问卷：非排除类、内部管理制度、会议纪要……；留空为非排除类"));
  c.push_back(Col("draftedOn", "起草日期", "Drafted on", K::kDate, kRequired, 14, {"起草时间"}, "必填，日期"));
  c.push_back(Col("opinionsFrom", "征求意见开始日期", "Opinions from", K::kDate, kOptional, 14, {}, "日期"));
  c.push_back(Col("opinionsTo", "征求意见截止日期", "Opinions to", K::kDate, kOptional, 14, {}, "日期"));
  c.push_back(Col("reviewSubmittedOn", "合法性审核送审日期", "Review submitted on", K::kDate, kOptional, 14, {"送审日期"}, "日期"));
  c.push_back(Col("reviewedOn", "合法性审核日期", "Reviewed on", K::kDate, kOptional, 14, {"审核日期"}, "日期"));
  c.push_back(Col("reviewerRole", "审核主体", "Reviewer role", K::kChoice, kOptional, 14, {}, "法律顾问、司法所、法制审核人员；留空为司法所"));
  c.push_back(Col("reviewer", "审核人员", "Reviewer", K::kText, kOptional, 14, {"审核人"}, "审核了的必填"));
  c.push_back(Col("reviewOutcome", "审核结论", "Review outcome", K::kChoice, kOptional, 14, {"审核结果"}, "通过、修改后通过、不通过；留空为通过"));
  c.push_back(Col("reviewOpinion", "合法性审核意见", "Review opinion", K::kText, kOptional, 14, {"审核意见"}, "审核了的必填"));
  c.push_back(Col("deliberatedOn", "集体讨论日期", "Deliberated on", K::kDate, kOptional, 14, {}, "日期"));
  c.push_back(Col("deliberationMeeting", "集体讨论会议", "Meeting", K::kText, kOptional, 14, {"会议名称"}, "讨论了的必填，如“镇政府常务会议”"));
  c.push_back(Col("signedOn", "签发日期", "Signed on", K::kDate, kOptional, 14, {}, "日期"));
  c.push_back(Col("signer", "签发人", "Signer", K::kText, kOptional, 14, {}, "签发了的必填"));
  c.push_back(Col("publishedOn", "发布日期", "Published on", K::kDate, kOptional, 14, {"印发日期", "公布日期"}, "日期"));
  c.push_back(Col("publicationChannel", "发布载体", "Channel", K::kText, kOptional, 14, {"公布载体"}, "发布了的必填"));
  c.push_back(Col("effectiveOn", "施行日期", "Effective on", K::kDate, kOptional, 14, {"生效日期"}, "一般为发布后30日"));
  c.push_back(Col("urgent", "即时施行", "Urgent", K::kYesNo, kOptional, 14, {}, "是 / 否"));
  c.push_back(Col("urgentReason", "即时施行理由", "Urgent reason", K::kText, kOptional, 14, {}, "即时施行的必填"));
  c.push_back(Col("validUntil", "有效期至", "Valid until", K::kDate, kOptional, 14, {"有效期"}, "日期；一般不超过5年（暂行、试行2年）"));
  c.push_back(Col("filedOn", "报备日期", "Filed on", K::kDate, kOptional, 14, {"备案日期"}, "日期"));
  c.push_back(Col("filingNumber", "备案号", "Filing number", K::kText, kOptional, 14, {"备案登记号"}, ""));
  c.push_back(Col("returnedOn", "退回日期", "Returned on", K::kDate, kOptional, 14, {}, "县司法局退回的日期"));
  c.push_back(Col("returnReason", "退回理由", "Return reason", K::kText, kOptional, 14, {}, "退回了的必填"));
  c.push_back(Col("correctedOn", "纠正后报送日期", "Corrected on", K::kDate, kOptional, 14, {"纠正日期"}, "日期"));
  c.push_back(Col("standing", "清理结果", "Standing", K::kChoice, kOptional, 14, {"文件状态", "效力"}, "有效、已修改、已废止、已失效；留空为有效"));
  c.push_back(Col("cleanedOn", "清理日期", "Cleaned on", K::kDate, kOptional, 14, {}, "不再有效的必填"));
  return c;
}

std::vector<ColumnSpec> DecisionTable() {
  std::vector<ColumnSpec> c;
  AddSequenceAndTownship(c, {});
  c.push_back(Col("title", "决策事项", "Title", K::kText, kRequired, 14, {"决策事项名称", "事项名称"}, "必填"));
  c.push_back(Col("scope", "事项类别", "Scope", K::kChoice, kOptional, 14, {"决策类别"}, "重大公共政策和措施、重要规划、资源开发利用政策、重大公共建设项目、其他重大事项；留空为重大公共政策和措施"));
  c.push_back(Col("draftingUnit", "承办单位", "Drafting unit", K::kText, kRequired, 14, {"决策承办单位"}, "必填"));
  c.push_back(Col("proposedOn", "决策启动日期", "Proposed on", K::kDate, kRequired, 14, {"启动日期", "立项日期"}, "必填，日期"));
  c.push_back(Col("catalogueItem", "决策目录事项", "Catalogue item", K::kText, kOptional, 14, {"目录事项"}, "列入年度决策目录的事项；留空为目录外"));
  c.push_back(Col("catalogueYear", "目录年度", "Catalogue year", K::kInteger, kOptional, 14, {}, "年份"));
  c.push_back(Col("commentFrom", "征求意见开始日期", "Comments from", K::kDate, kOptional, 14, {}, "日期"));
  c.push_back(Col("commentTo", "征求意见截止日期", "Comments to", K::kDate, kOptional, 14, {}, "一般不少于30日"));
  c.push_back(Col("shortPeriodReason", "征求意见期限缩短理由", "Short period reason", K::kText, kOptional, 14, {}, "少于30日的必填"));
  c.push_back(Col("participationException", "不公开征求意见理由", "Participation exception", K::kText, kOptional, 14, {}, "依法不予公开等"));
  c.push_back(Col("expertReviewedOn", "专家论证日期", "Expert review", K::kDate, kOptional, 14, {}, "专业性、技术性较强的事项"));
  c.push_back(Col("riskAssessedOn", "风险评估日期", "Risk assessed on", K::kDate, kOptional, 14, {}, "可能影响社会稳定、公共安全的事项"));
  c.push_back(Col("riskLevel", "风险等级", "Risk level", K::kChoice, kOptional, 14, {}, "低风险、中风险、高风险；留空为低风险"));
  c.push_back(Col("legalityReviewedOn", "合法性审查日期", "Legality reviewed on", K::kDate, kOptional, 14, {"合法性审查"}, "日期"));
  c.push_back(Col("legalityReviewer", "合法性审查人员", "Legality reviewer", K::kText, kOptional, 14, {}, "审查了的必填"));
  c.push_back(Col("legalityOpinion", "合法性审查意见", "Legality opinion", K::kText, kOptional, 14, {}, "审查了的必填"));
  c.push_back(Col("fairCompetitionReviewedOn", "公平竞争审查日期", "Fair competition review", K::kDate, kOptional, 14, {}, "涉及市场主体的事项"));
  c.push_back(Col("decidedOn", "决定日期", "Decided on", K::kDate, kOptional, 14, {"集体讨论决定日期"}, "日期"));
  c.push_back(Col("meeting", "决定会议", "Meeting", K::kText, kOptional, 14, {"会议名称"}, "决定了的必填"));
  c.push_back(Col("meetingResult", "决定结果", "Result", K::kChoice, kOptional, 14, {}, "通过、不予通过、暂缓决策；留空为通过"));
  c.push_back(Col("publishedOn", "公布日期", "Published on", K::kDate, kOptional, 14, {}, "日期"));
  c.push_back(Col("publicationChannel", "公布载体", "Channel", K::kText, kOptional, 14, {}, "公布了的必填"));
  c.push_back(Col("executingUnit", "执行单位", "Executing unit", K::kText, kOptional, 14, {}, ""));
  return c;
}

std::vector<ColumnSpec> DecisionCatalogueTable() {
  std::vector<ColumnSpec> c;
  AddSequenceAndTownship(c, {});
  c.push_back(Col("year", "目录年度", "Year", K::kInteger, kRequired, 10, {"年度"}, "必填，年份，如2026"));
  c.push_back(Col("title", "决策事项", "Matter", K::kText, kRequired, 30, {"决策事项名称", "事项名称", "目录事项"}, "必填；同一年度内不得重复"));
  c.push_back(Col("scope", "事项类别", "Scope", K::kChoice, kOptional, 18, {"决策类别", "类别"}, "重大公共政策和措施、重要规划、资源开发利用政策、重大公共建设项目、其他重大事项；留空为重大公共政策和措施"));
  c.push_back(Col("draftingUnit", "承办单位", "Drafting unit", K::kText, kRequired, 18, {"承办部门", "决策承办单位"}, "必填"));
  c.push_back(Col("plannedPeriod", "计划完成时间", "Planned period", K::kText, kOptional, 16, {"完成时限", "计划时间"}, "如“2026年第三季度”"));
  c.push_back(Col("listedOn", "列入目录日期", "Listed on", K::kDate, kRequired, 14, {"列入日期"}, "必填；年中调整增列的填调整日期；应在本年度或上一年内"));
  c.push_back(Col("partyConsentOn", "党委同意日期", "Party consent on", K::kDate, kOptional, 14, {"经党委同意日期", "党委审议日期"}, "经同级党委同意的日期；公布了的必填"));
  c.push_back(Col("publishedOn", "公布日期", "Published on", K::kDate, kOptional, 14, {"向社会公布日期"}, "不得早于党委同意日期"));
  c.push_back(Col("publicationChannel", "公布载体", "Channel", K::kText, kOptional, 16, {"公布渠道"}, "公布了的必填，如“镇政府门户网站”"));
  c.push_back(Col("withdrawnOn", "调整移出日期", "Withdrawn on", K::kDate, kOptional, 14, {"移出日期"}, "年中调整移出目录的填写"));
  c.push_back(Col("withdrawalReason", "调整移出理由", "Withdrawal reason", K::kText, kOptional, 20, {"移出理由"}, "移出了的必填"));
  c.push_back(Col("note", "备注", "Note", K::kText, kOptional, 20, {}, ""));
  return c;
}

std::vector<ColumnSpec> PowerTable() {
  std::vector<ColumnSpec> c;
  AddSequenceAndTownship(c, {});
  c.push_back(Col("code", "事项编码", "Code", K::kText, kRequired, 14, {"编码", "事项代码", "权力编码"}, "必填；本乡镇内不得重复"));
  c.push_back(Col("name", "事项名称", "Name", K::kText, kRequired, 30, {"权力事项名称", "职权名称", "权力名称"}, "必填"));
  c.push_back(Col("category", "事项类别", "Category", K::kChoice, kRequired, 12, {"权力类别", "职权类别", "类别"}, "行政处罚、行政许可、行政强制、行政征收、行政征用、行政检查"));
  c.push_back(Col("subject", "实施主体", "Subject", K::kText, kRequired, 24, {"实施机关", "责任主体"}, "必填，如“××镇人民政府（综合行政执法办公室）”"));
  c.push_back(Col("basis", "设定依据", "Basis", K::kText, kRequired, 40, {"实施依据", "法律依据", "依据"}, "必填，法律法规名称和条款"));
  c.push_back(Col("procedure", "办理程序", "Procedure", K::kText, kRequired, 30, {"实施程序", "办理流程", "程序"}, "必填"));
  c.push_back(Col("remedy", "救济途径", "Remedy", K::kText, kRequired, 30, {"救济渠道", "权利救济"}, "必填，如行政复议、行政诉讼及期限"));
  c.push_back(Col("effectiveFrom", "生效日期", "Effective from", K::kDate, kRequired, 12, {"施行日期", "公布日期"}, "必填，日期"));
  c.push_back(Col("version", "版本", "Version", K::kInteger, kExportOnly, 6, {}, "导出时填写；导入时忽略（导入的均为第1版，修订请在系统中操作）"));
  c.push_back(Col("effectiveTo", "失效日期", "Effective to", K::kDate, kExportOnly, 12, {}, "导出时填写；导入时忽略"));
  c.push_back(Col("note", "备注", "Note", K::kText, kOptional, 20, {}, ""));
  return c;
}

std::vector<ColumnSpec> OfficerTable() {
  std::vector<ColumnSpec> c;
  AddSequenceAndTownship(c, {});
  c.push_back(Col("name", "姓名", "Name", K::kText, kRequired, 10, {"执法人员", "执法人员姓名"}, "必填"));
  c.push_back(Col("gender", "性别", "Gender", K::kChoice, kOptional, 6, {}, "男、女；留空为未知"));
  c.push_back(Col("idNumber", "身份证号", "ID number", K::kText, kOptional, 20, {"身份证号码", "公民身份号码"}, "18位身份证号，导入时须是完整号码（不能是导出时打了*号的）；请把单元格设为文本"));
  c.push_back(Col("phone", "联系电话", "Phone", K::kText, kOptional, 14, {"电话", "手机号码"}, "手机或固定电话"));
  c.push_back(Col("agency", "执法机构", "Agency", K::kText, kRequired, 16, {"所在单位", "执法单位", "工作单位"}, "必填，如“综合行政执法办公室”"));
  c.push_back(Col("post", "职务", "Post", K::kText, kOptional, 10, {"岗位"}, "如“队长”“执法队员”"));
  c.push_back(Col("education", "学历", "Education", K::kText, kOptional, 8, {"文化程度"}, "如“本科”"));
  c.push_back(Col("establishedPost", "在编在岗", "Established post", K::kYesNo, kOptional, 8, {"是否在编在岗"}, "是 / 否；留空为是"));
  c.push_back(Col("inPostFrom", "从事执法工作日期", "In post from", K::kDate, kRequired, 12, {"上岗日期", "从事执法工作时间"}, "必填，日期"));
  c.push_back(Col("leftPostOn", "调离执法岗位日期", "Left post on", K::kDate, kOptional, 12, {"调离日期"}, "调离了执法工作的填写"));
  c.push_back(Col("legalReviewer", "法制审核人员", "Legal reviewer", K::kYesNo, kOptional, 8, {"是否法制审核人员"}, "是 / 否"));
  c.push_back(Col("legalQualification", "法律职业资格", "Legal qualification", K::kYesNo, kOptional, 8, {"是否具有法律职业资格"}, "是 / 否"));
  c.push_back(Col("certificates.number", "执法证号", "Certificate number", K::kList, kOptional, 18, {"执法证件号", "证件编号", "执法证编号"}, "持有几个执法证就填几个，用“；”分隔；本乡镇内不得重复；以下证件各列按同样顺序每证一项"));
  c.push_back(Col("certificates.field", "执法领域", "Enforcement field", K::kList, kOptional, 14, {"执法类别", "执法种类"}, "每证一项，如“综合行政执法”"));
  c.push_back(Col("certificates.issuingAuthority", "发证机关", "Issuing authority", K::kList, kOptional, 16, {"发证单位"}, "每证一项，如“重庆市人民政府”；只填一项时各证相同"));
  c.push_back(Col("certificates.issuedOn", "发证日期", "Issued on", K::kList, kOptional, 12, {"发证时间"}, "每证一个日期"));
  c.push_back(Col("certificates.expiresOn", "有效期至", "Expires on", K::kList, kOptional, 12, {"有效期", "有效期截止日期"}, "每证一个日期（有效期的最后一天）"));
  c.push_back(Col("certificates.status", "证件状态", "Certificate status", K::kList, kOptional, 18, {"状态", "持证状态"}, "每证一项：有效、暂扣、注销、过期、挂失；非有效的在括号内写生效日期和原因，如“注销（2025-03-01：调离执法岗位）”；留空为有效", {"certificates.statusChangedOn", "certificates.statusReason"}));
  c.push_back(Col("exams", "考试成绩", "Exams", K::kList, kOptional, 26, {"资格考试成绩", "考试情况"}, "每次考试一项：日期 科目 分数，如“2024-05-10 通用法律知识 86”；科目为通用法律知识或专门法律知识", {"exams.takenOn", "exams.part", "exams.score"}));
  c.push_back(Col("trainings", "培训记录", "Trainings", K::kList, kOptional, 36, {"培训情况", "培训学时"}, "每次培训一项：日期 培训内容 学时 组织单位，如“2025-03-01 《行政处罚法》专题培训 8学时 县司法局”", {"trainings.heldOn", "trainings.topic", "trainings.hours", "trainings.organiser"}));
  c.push_back(Col("trainingHours", "培训学时合计", "Training hours", K::kInteger, kExportOnly, 10, {}, "导出时按培训记录合计；导入时忽略"));
  return c;
}

// clang-format on

struct LedgerIndex {
  std::vector<ColumnSpec> columns;
  std::map<std::string, std::size_t, std::less<>> by_name;   // normalised header → column
  std::map<std::string, std::size_t, std::less<>> by_field;  // field path → column
};

const LedgerIndex& IndexOf(Ledger ledger) {
  auto build = [](std::vector<ColumnSpec> columns) {
    LedgerIndex index;
    index.columns = std::move(columns);
    for (std::size_t i = 0; i < index.columns.size(); ++i) {
      const ColumnSpec& c = index.columns[i];
      index.by_name.emplace(NormalizeHeader(c.header), i);
      index.by_name.emplace(NormalizeHeader(c.header_en), i);
      index.by_name.emplace(NormalizeHeader(c.key), i);
      for (std::string_view alias : c.aliases) index.by_name.emplace(NormalizeHeader(alias), i);
      index.by_field.emplace(std::string(c.key), i);
      for (std::string_view f : c.more_fields) index.by_field.emplace(std::string(f), i);
    }
    return index;
  };
  static const LedgerIndex kMediation = build(MediationTable());
  static const LedgerIndex kPetition = build(PetitionTable());
  static const LedgerIndex kPenalty = build(PenaltyTable());
  static const LedgerIndex kNormative = build(NormativeTable());
  static const LedgerIndex kDecision = build(DecisionTable());
  static const LedgerIndex kOfficer = build(OfficerTable());
  static const LedgerIndex kDecisionCatalogue = build(DecisionCatalogueTable());
  static const LedgerIndex kPower = build(PowerTable());
  switch (ledger) {
    case Ledger::kMediation:
      return kMediation;
    case Ledger::kPetition:
      return kPetition;
    case Ledger::kPenalty:
      return kPenalty;
    case Ledger::kNormative:
      return kNormative;
    case Ledger::kDecision:
      return kDecision;
    case Ledger::kOfficer:
      return kOfficer;
    case Ledger::kDecisionCatalogue:
      return kDecisionCatalogue;
    case Ledger::kPower:
      return kPower;
  }
  return kMediation;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

namespace {

// zh title, en title, file stem, code.
struct LedgerNames {
  std::string_view title_zh, title_en, stem_zh, code;
};
LedgerNames NamesOf(Ledger ledger) {
  switch (ledger) {
    case Ledger::kMediation:
      return {"人民调解案件登记台账", "Mediation case register", "人民调解台账", "mediation"};
    case Ledger::kPetition:
      return {"信访事项登记台账", "Petition register", "信访事项台账", "petition"};
    case Ledger::kPenalty:
      return {"行政执法案件登记台账", "Enforcement case register", "行政执法案件台账", "penalty"};
    case Ledger::kNormative:
      return {"行政规范性文件登记台账", "Normative document register", "行政规范性文件台账", "normative"};
    case Ledger::kDecision:
      return {"重大行政决策登记台账", "Major decision register", "重大行政决策台账", "decision"};
    case Ledger::kOfficer:
      return {"行政执法人员登记台账", "Enforcement officer register", "行政执法人员台账", "officer"};
    case Ledger::kDecisionCatalogue:
      return {"重大行政决策目录", "Major decision catalogue", "重大行政决策目录", "decision_catalogue"};
    case Ledger::kPower:
      return {"行政执法权力事项目录", "Catalogue of enforcement powers", "权力事项目录", "power"};
  }
  return {};
}

}  // namespace

std::string_view LedgerCode(Ledger ledger) { return NamesOf(ledger).code; }

core::Result<Ledger> ParseLedger(std::string_view text, std::string_view field) {
  std::string_view t = domain::TrimText(text);
  if (domain::EqualsIgnoreAsciiCase(t, "mediation") || t == "人民调解" || t == "调解" ||
      t == "人民调解台账") {
    return Ledger::kMediation;
  }
  if (domain::EqualsIgnoreAsciiCase(t, "petition") || t == "信访" || t == "信访事项" ||
      t == "信访台账") {
    return Ledger::kPetition;
  }
  if (domain::EqualsIgnoreAsciiCase(t, "penalty") || t == "行政执法" || t == "执法案件" ||
      t == "行政执法案件" || t == "行政处罚") {
    return Ledger::kPenalty;
  }
  if (domain::EqualsIgnoreAsciiCase(t, "normative") || t == "规范性文件" || t == "行政规范性文件") {
    return Ledger::kNormative;
  }
  if (domain::EqualsIgnoreAsciiCase(t, "decision") || t == "重大行政决策" || t == "重大决策") {
    return Ledger::kDecision;
  }
  if (domain::EqualsIgnoreAsciiCase(t, "officer") || t == "行政执法人员" || t == "执法人员" ||
      t == "执法人员名册") {
    return Ledger::kOfficer;
  }
  if (domain::EqualsIgnoreAsciiCase(t, "decision_catalogue") || t == "决策目录" || t == "重大行政决策目录" ||
      t == "年度决策目录") {
    return Ledger::kDecisionCatalogue;
  }
  if (domain::EqualsIgnoreAsciiCase(t, "power") || t == "权力事项" || t == "权力事项目录" || t == "权责清单" ||
      t == "行政执法权力事项") {
    return Ledger::kPower;
  }
  return core::Fail(core::InvalidArgument(
      std::string(field),
      fmt::format("台账“{}”无效，可选值：mediation（人民调解）、petition（信访）、penalty（行政执法案件）、"
                  "normative（行政规范性文件）、decision（重大行政决策）、officer（行政执法人员）、"
                  "decision_catalogue（重大行政决策目录）、power（权力事项目录）",
                  text),
      fmt::format("Ledger \"{}\" is not valid; allowed: mediation, petition, penalty, normative, decision, officer, "
                  "decision_catalogue, power", text)));
}

std::string_view LedgerTitleZh(Ledger ledger) { return NamesOf(ledger).title_zh; }
std::string_view LedgerTitleEn(Ledger ledger) { return NamesOf(ledger).title_en; }
std::string_view LedgerFileStemZh(Ledger ledger) { return NamesOf(ledger).stem_zh; }

const std::vector<ColumnSpec>& LedgerColumns(Ledger ledger) { return IndexOf(ledger).columns; }

std::vector<const ColumnSpec*> ExportColumns(Ledger ledger, bool several_townships) {
  std::vector<const ColumnSpec*> out;
  for (const ColumnSpec& c : LedgerColumns(ledger)) {
    if (c.multi_township && !several_townships) continue;
    out.push_back(&c);
  }
  return out;
}

std::string ColumnForField(Ledger ledger, std::string_view field, std::string_view fallback) {
  // "parties[1].idNumber" → "parties.idNumber"; "excluded[0]" → "excluded".
  std::string path;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '[') {
      auto close = field.find(']', i);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    path.push_back(field[i]);
  }
  const LedgerIndex& index = IndexOf(ledger);
  while (!path.empty()) {
    auto it = index.by_field.find(path);
    if (it != index.by_field.end()) return std::string(index.columns[it->second].header);
    auto dot = path.rfind('.');
    if (dot == std::string::npos) break;
    path.resize(dot);  // "agreement.x" unknown → "agreement"
  }
  return std::string(fallback);
}

std::string NormalizeHeader(std::string_view header) {
  std::string folded;
  folded.reserve(header.size());
  for (std::size_t i = 0; i < header.size();) {
    auto rest = header.substr(i);
    auto take = [&](std::string_view token, std::string_view replacement) {
      if (!StartsWith(rest, token)) return false;
      folded.append(replacement);
      i += token.size();
      return true;
    };
    if (take("（", "(") || take("）", ")") || take("【", "(") || take("】", ")") ||
        take("〔", "(") || take("〕", ")") || take("\u3000", "") || take("\u00A0", "") ||
        take("＊", "") || take("※", "") || take("：", "")) {
      continue;
    }
    char ch = header[i++];
    if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '*' || ch == ':' ||
        ch == '[' || ch == ']') {
      if (ch == '[') folded.push_back('(');
      if (ch == ']') folded.push_back(')');
      continue;
    }
    folded.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
  }
  // Drop bracketed parts: "协议金额(元)" → "协议金额"; an unclosed bracket keeps its text.
  std::string out;
  int depth = 0;
  std::string pending;
  for (char ch : folded) {
    if (ch == '(') {
      ++depth;
      pending.push_back(ch);
    } else if (ch == ')' && depth > 0) {
      --depth;
      if (depth == 0)
        pending.clear();
      else
        pending.push_back(ch);
    } else if (depth > 0) {
      pending.push_back(ch);
    } else {
      out.push_back(ch);
    }
  }
  out += pending;
  return out;
}

core::Result<HeaderMapping> MapHeader(Ledger ledger, const Sheet& sheet,
                                      std::vector<RowProblem>& problems) {
  const LedgerIndex& index = IndexOf(ledger);
  constexpr std::size_t kScanRows = 30;
  std::size_t best = sheet.rows.size();
  std::size_t best_count = 0;
  for (std::size_t r = 0; r < sheet.rows.size() && r < kScanRows; ++r) {
    std::vector<bool> seen(index.columns.size(), false);
    std::size_t count = 0;
    for (const std::string& cell : sheet.rows[r].cells) {
      auto it = index.by_name.find(NormalizeHeader(cell));
      if (it != index.by_name.end() && !seen[it->second]) {
        seen[it->second] = true;
        ++count;
      }
    }
    if (count > best_count) {
      best_count = count;
      best = r;
    }
  }
  if (best_count < 2) {
    std::string required;
    for (const ColumnSpec& c : index.columns) {
      if (c.required) required += (required.empty() ? "" : "、") + std::string(c.header);
    }
    return core::Fail(core::InvalidArgument(
        "file",
        fmt::format("找不到{}的表头行：前 {} 行中应有一行写明列名，至少包括 {}",
                    LedgerTitleZh(ledger), kScanRows, required),
        fmt::format("No header row of the {} found: one of the first {} rows must name the "
                    "columns, at least {}",
                    LedgerTitleEn(ledger), kScanRows, required)));
  }
  HeaderMapping mapping;
  mapping.header_index = best;
  mapping.header_row = sheet.rows[best].number;
  mapping.cell_of_column.assign(index.columns.size(), -1);
  mapping.headers.assign(index.columns.size(), std::string());
  const auto& cells = sheet.rows[best].cells;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string_view text = domain::TrimText(cells[i]);
    if (text.empty()) continue;
    auto it = index.by_name.find(NormalizeHeader(text));
    if (it == index.by_name.end()) {
      mapping.ignored_headers.emplace_back(text);
      continue;
    }
    std::size_t col = it->second;
    if (mapping.cell_of_column[col] >= 0) {
      problems.push_back(
          {mapping.header_row, std::string(text), std::string(index.columns[col].key),
           fmt::format("“{}”与第 {} 列“{}”是同一列，请删除其中一列", text,
                       mapping.cell_of_column[col] + 1, mapping.headers[col]),
           fmt::format("\"{}\" is the same column as column {} (\"{}\"); remove one of them", text,
                       mapping.cell_of_column[col] + 1, mapping.headers[col])});
      continue;
    }
    mapping.cell_of_column[col] = static_cast<int>(i);
    mapping.headers[col] = std::string(text);
  }
  for (std::size_t col = 0; col < index.columns.size(); ++col) {
    const ColumnSpec& c = index.columns[col];
    if (c.required && mapping.cell_of_column[col] < 0) {
      problems.push_back(
          {mapping.header_row, std::string(c.header), std::string(c.key),
           fmt::format("缺少必填列“{}”", c.header),
           fmt::format("Required column \"{}\" ({}) is missing", c.header, c.header_en)});
    }
  }
  return mapping;
}

}  // namespace fazhi::exchange

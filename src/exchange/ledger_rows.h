// exchange/ledger_rows.h — ledger sheets ↔ domain records, in the layouts of
// ledger_layouts.h: parsing every row of an imported sheet into a record (or the problems of
// that row), and turning stored records into export rows.
//
// Contract, import (Parse*Sheet):
//  * The header row is found by MapHeader; rows above it are titles, rows after it are data.
//    Skipped, not counted: rows with nothing in any importable column (a template's pre-
//    numbered 序号 rows), and 合计/总计/小计 rows.
//  * Each data row yields either a record (every cell understood) or ALL its cell problems
//    (row, column header as written, reason zh/en). Cells are read with cell_values.h; choice
//    cells accept the domain codes and zh labels (the domain Parse* functions) plus the words
//    ledgers commonly use ("调解成功", "书面", "走访", "婚姻家庭纠纷"…); "/", "无", "—" mean
//    empty. A masked 身份证号 or phone ("500101********1234", "138****5678") is a problem
//    telling the user to export unmasked or type the full number; an 18-digit number Excel
//    turned into "3.60426E+17" is a problem saying the digits are lost.
//  * Defaults for empty optional cells (docs/import-export.md): 受理方式 当事人申请; 调解结果
//    调解中 when there is no 结案日期 (a 结案日期 without a result is a problem); for a
//    successful case 协议形式 书面协议, 协议生效日期 = 结案日期, 履行情况 待履行, 司法确认结果
//    审查中 when an application date is given else 未申请; 信访 来源 交办转送 when 交办单位 is
//    given else 直接受理; 人数 1.
//  * Party lists: the 当事人 cell gives the parties in order; 当事人类别, 当事人证件号码 and
//  联系电话
//    must then have one entry per party (or be empty); 当事人住址 may also give one address
//    for all. A party's kind, when not given, is 法人或其他组织 when its number is a valid
//    统一社会信用代码 (not a 身份证号) or its name ends like an organisation's (公司, 合作社,
//    委员会, 厂…), else 自然人.
//  * Parsing does not apply the legal rules (domain Validate*) nor resolve names (committee,
//    mediator, township): the import service does, with the database.
//  * A sheet whose header lacks a required column (or repeats one) parses no rows:
//    header_ok is false and the problems name the columns.
//
// Contract, export (*ExportRow): one cell per ExportColumns(ledger, several_townships)
// column: dates as dates, amounts as money (empty when 0), choices as zh labels, party lists
// joined with "；", yes/no as 是/否. 身份证号 and phones are masked (domain MaskIdCard /
// MaskPhone) unless `unmasked`. Import(Export(record)) gives the record back (unmasked).
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/mediation/mediation.h"
#include "domain/petition/petition.h"
#include "exchange/ledger_layouts.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

struct MediationImportRow {
  std::int64_t row = 0;          // Excel row number
  domain::MediationCase record;  // township_id, committee_id and mediator_id are not set
  std::string township;          // 乡镇（街道） cell ("" when absent)
  std::string committee;         // 调解组织 cell
  std::string mediator;          // 调解员 cell
};

struct PetitionImportRow {
  std::int64_t row = 0;
  domain::Petition record;  // township_id is not set
  std::string township;
};

template <class R>
struct ParsedLedger {
  std::int64_t header_row = 0;
  std::int64_t data_rows = 0;                // rows after the header that hold data
  std::vector<R> rows;                       // rows whose every cell was understood, in sheet order
  std::vector<RowProblem> problems;          // header problems, then cell problems in row order
  std::vector<std::string> ignored_headers;  // header cells no column matches
  bool header_ok = true;
};

core::Result<ParsedLedger<MediationImportRow>> ParseMediationSheet(const Sheet& sheet);
core::Result<ParsedLedger<PetitionImportRow>> ParsePetitionSheet(const Sheet& sheet);

struct ExportRowOptions {
  bool unmasked = false;           // write 身份证号 and phones in full
  bool several_townships = false;  // include the 乡镇（街道） column
};

struct MediationNames {
  std::string_view township;
  std::string_view committee;
  std::string_view mediator;
};

std::vector<Cell> MediationExportRow(const domain::MediationCase& c, std::int64_t seq,
                                     const MediationNames& names, const ExportRowOptions& options);
std::vector<Cell> PetitionExportRow(const domain::Petition& p, std::int64_t seq,
                                    std::string_view township, const ExportRowOptions& options);

// 待受理 | 办理中 | 已办结 | 已导入法定途径 | 已终结 (the export's 办理状态 column).
std::string_view PetitionStatusZh(const domain::Petition& p);

// The party kind a ledger implies (see the contract above).
domain::PartyKind InferPartyKind(std::string_view name, std::string_view number);

}  // namespace fazhi::exchange

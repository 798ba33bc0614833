import type { MemberStats } from "@/lib/dashboard/types";
import { DashboardCard } from "./dashboard-card";
import type { ClaimLink } from "./dashboard-links";
import { formatHours } from "./format";
import { NumberLink } from "./number-link";
import { TABLE, TBODY, TD, TD_NUM, TH, TH_NUM, THEAD } from "./table-styles";

interface Props {
  members: MemberStats[];
  range: { from: string; to: string };
  link: ClaimLink;
}

/** Who did what in the range: claims marked, reviews recorded, review speed and what is still open. */
export function MemberTable({ members, range, link }: Props) {
  return (
    <DashboardCard
      id="members"
      title="Team"
      description="Claims and reviews within the chosen dates; open items are counted today"
      className="lg:col-span-3"
    >
      {members.length === 0 ? (
        <p className="text-sm text-muted">No members.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className="sr-only">Work per member</caption>
            <thead className={THEAD}>
              <tr>
                <th scope="col" className={TH}>Member</th>
                <th scope="col" className={TH_NUM}>Claims marked</th>
                <th scope="col" className={TH_NUM}>Reviews done</th>
                <th scope="col" className={TH_NUM}>
                  <abbr title="Median time from a claim's submission to this member's review of it" className="no-underline">Median review time</abbr>
                </th>
                <th scope="col" className={TH_NUM}>
                  <abbr title="Claims being checked or awaiting review, assigned to this member (or, unassigned, marked by them)" className="no-underline">Open items</abbr>
                </th>
              </tr>
            </thead>
            <tbody className={TBODY}>
              {members.map((member) => (
                <tr key={member.userId} className="hover:bg-subtle/50">
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    <span className="font-medium">{member.name}</span> <span className="text-xs text-muted capitalize">{member.role}</span>
                  </th>
                  <td className={TD_NUM}>
                    <NumberLink value={member.claimsAnnotated} href={link({ member: member.userId, from: range.from, to: range.to })} label={`claims marked by ${member.name}`} />
                  </td>
                  <td className={TD_NUM}>
                    <NumberLink value={member.reviewsDone} href={link({ reviewer: member.userId })} label={`reviews by ${member.name}`} />
                  </td>
                  <td className={TD_NUM}>{formatHours(member.medianReviewHours)}</td>
                  <td className={TD_NUM}>
                    <NumberLink value={member.openItems} href={link({ openFor: member.userId })} label={`open items of ${member.name}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DashboardCard>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/members/actions";
import type { MemberDTO } from "@/lib/members/queries";
import { ConfirmDialog } from "./confirm-dialog";
import { RoleSelect } from "./role-select";

interface MembersTableProps {
  workspaceSlug: string;
  workspaceName: string;
  members: MemberDTO[];
  currentUserId: string;
  canManage: boolean;
}

/** The workspace's members; owners change roles and remove members, everyone else reads. */
export function MembersTable({ workspaceSlug, workspaceName, members, currentUserId, canManage }: MembersTableProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);

  async function changeRole(member: MemberDTO, role: Role) {
    setPendingId(member.membershipId);
    setError(null);
    const result = await changeMemberRoleAction({ workspaceSlug, membershipId: member.membershipId, role });
    setPendingId(null);
    if (!result.ok) setError(`${member.name} is still ${member.role}: ${result.error}`);
    // Demoting yourself changes what this page may show you.
    router.refresh();
  }

  async function remove(member: MemberDTO) {
    const result = await removeMemberAction({ workspaceSlug, membershipId: member.membershipId });
    if (!result.ok) return result.error;
    if (member.userId === currentUserId) {
      window.location.assign("/");
      return null;
    }
    router.refresh();
    return null;
  }

  return (
    <div className="space-y-3">
      {error ? <Alert>{error}</Alert> : null}
      <div className="overflow-x-auto rounded-xl border border-line bg-surface">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">Name</th>
              <th scope="col" className="px-4 py-3 font-medium">Email</th>
              <th scope="col" className="px-4 py-3 font-medium">Role</th>
              <th scope="col" className="px-4 py-3 font-medium">Joined</th>
              {canManage ? <th scope="col" className="px-4 py-3 font-medium"><span className="sr-only">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {members.map((member) => {
              const you = member.userId === currentUserId;
              return (
                <tr key={member.membershipId}>
                  <td className="px-4 py-3 font-medium">
                    {member.name}
                    {you ? <span className="ml-2 text-xs font-normal text-muted">(you)</span> : null}
                  </td>
                  <td className="px-4 py-3 text-muted">{member.email}</td>
                  <td className="px-4 py-3">
                    {canManage ? (
                      <RoleSelect
                        aria-label={`Role of ${member.name}`}
                        value={member.role}
                        disabled={pendingId === member.membershipId}
                        onChange={(event) => changeRole(member, event.target.value as Role)}
                        className="h-8"
                      />
                    ) : (
                      <span className="rounded bg-subtle px-1.5 py-0.5 text-xs capitalize text-muted">{member.role}</span>
                    )}
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap text-muted">{formatDate(member.joinedAt)}</td>
                  {canManage ? (
                    <td className="px-4 py-3 text-right">
                      {you ? null : (
                        <ConfirmDialog
                          trigger={
                            <Button variant="ghost" size="sm" aria-label={`Remove ${member.name}`}>
                              Remove
                            </Button>
                          }
                          title={`Remove ${member.name}?`}
                          description={`${member.name} (${member.email}) loses access to ${workspaceName} at once. Their claims and comments stay.`}
                          confirmLabel="Remove member"
                          onConfirm={() => remove(member)}
                        />
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

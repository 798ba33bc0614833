import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listUserWorkspaces } from "@/lib/workspaces/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await requireUser();
  const [first] = await listUserWorkspaces(user.id);
  if (!first) redirect("/sign-in");
  redirect(`/w/${first.slug}`);
}

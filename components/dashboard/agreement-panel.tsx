import type { Agreement } from "@/lib/dashboard/types";
import { DashboardCard } from "./dashboard-card";
import type { ClaimLink } from "./dashboard-links";
import { formatPercent } from "./format";
import { NumberLink } from "./number-link";

/** Landis & Koch's words for a kappa, the usual way to read one. */
export function kappaStrength(kappa: number): string {
  if (kappa < 0) return "worse than chance";
  if (kappa < 0.2) return "slight";
  if (kappa < 0.4) return "fair";
  if (kappa < 0.6) return "moderate";
  if (kappa < 0.8) return "substantial";
  return "almost perfect";
}

/** How often reviewers' independent verdicts match the authors'. */
export function AgreementPanel({ agreement, link }: { agreement: Agreement; link: ClaimLink }) {
  const { pairs, percentAgreement, kappa } = agreement;
  // percentAgreement is agreeing / pairs, so this gives back the whole number of agreeing pairs.
  const agreeing = Math.round((percentAgreement ?? 0) * pairs);
  return (
    <DashboardCard id="agreement" title="Reviewer agreement" description="Author's verdict against reviewers' independent verdicts">
      {pairs === 0 ? (
        <p className="text-sm text-muted">No independent verdicts yet. Agreement appears once reviewers record their own verdict on a claim.</p>
      ) : (
        <>
          <dl className="grid grid-cols-3 gap-4">
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Agreement</dt>
              <dd className="mt-1 text-3xl font-semibold tracking-tight tabular-nums">{formatPercent(percentAgreement)}</dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Cohen&apos;s kappa</dt>
              <dd className="mt-1 text-3xl font-semibold tracking-tight tabular-nums">{kappa === null ? "—" : kappa.toFixed(2)}</dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Pairs</dt>
              <dd className="mt-1 text-3xl font-semibold tracking-tight tabular-nums">
                <NumberLink value={pairs} href={link({ agreement: "any" })} label="claims with a reviewer's independent verdict (pairs)" />
              </dd>
            </div>
          </dl>
          <p className="mt-3 text-sm text-ink">
            <NumberLink value={agreeing} href={link({ agreement: "agree" })} label="pairs where the reviewer agreed" className="font-medium" /> agree
            {" / "}
            <NumberLink value={pairs - agreeing} href={link({ agreement: "disagree" })} label="pairs where the reviewer's verdict differs" className="font-medium" /> differ
          </p>
          <p className="mt-4 text-sm text-muted">
            Kappa discounts the agreement two people would reach by chance: 1 is perfect, 0 no better than chance
            {kappa === null ? "; it is undefined when every verdict is the same." : ` (here: ${kappaStrength(kappa)}).`}
          </p>
        </>
      )}
    </DashboardCard>
  );
}

"use client";

import * as Popover from "@radix-ui/react-popover";
import { Bell } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EventTime } from "@/components/history/event-time";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { listNotificationsAction, markNotificationsReadAction } from "@/lib/notifications/actions";
import type { NotificationDTO } from "@/lib/notifications/types";
import { notificationSentence } from "./notification-sentence";
import { useUnreadCount } from "./use-unread-count";

type Load = { status: "idle" | "loading" } | { status: "failed"; error: string } | { status: "loaded"; items: NotificationDTO[] };

/** The header's bell: unread count, and a popover of recent notifications that lead to their claim. */
export function NotificationBell() {
  const router = useRouter();
  const [unread, setUnread, refreshCount] = useUnreadCount();
  const [open, setOpen] = useState(false);
  const [load, setLoad] = useState<Load>({ status: "idle" });

  async function fetchList() {
    setLoad((current) => (current.status === "loaded" ? current : { status: "loading" }));
    try {
      const result = await listNotificationsAction({});
      setLoad(result.ok ? { status: "loaded", items: result.data.items } : { status: "failed", error: result.error });
      void refreshCount();
    } catch {
      setLoad({ status: "failed", error: "Notifications could not be loaded. Check your connection." });
    }
  }

  async function markRead(input: { ids: string[] } | { all: true }) {
    const now = new Date().toISOString();
    const isTarget = (item: NotificationDTO) => "all" in input || input.ids.includes(item.id);
    setLoad((current) =>
      current.status === "loaded" ? { ...current, items: current.items.map((item) => (isTarget(item) && !item.readAt ? { ...item, readAt: now } : item)) } : current,
    );
    try {
      const result = await markNotificationsReadAction(input);
      if (result.ok) setUnread(result.data.unread);
    } catch {
      void refreshCount();
    }
  }

  async function openItem(item: NotificationDTO) {
    setOpen(false);
    if (!item.readAt) await markRead({ ids: [item.id] });
    router.push(item.href);
  }

  const label = unread > 0 ? `Notifications, ${unread} unread` : "Notifications";
  const items = load.status === "loaded" ? load.items : [];
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void fetchList();
      }}
    >
      <Popover.Trigger asChild>
        <Button variant="ghost" size="sm" aria-label={label} className="relative">
          <Bell className="size-4" aria-hidden />
          {unread > 0 ? (
            <span
              aria-hidden
              className="absolute -top-0.5 -right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-danger px-1 text-[10px] leading-none font-semibold text-white"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          ) : null}
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label="Notifications"
          className="z-50 w-[22rem] max-w-[calc(100vw-1rem)] rounded-lg border border-line bg-surface text-sm text-ink shadow-lg"
        >
          <div className="flex items-center justify-between gap-2 border-b border-line px-3 py-2">
            <h2 className="font-semibold">Notifications</h2>
            <Button variant="ghost" size="sm" disabled={!items.some((item) => !item.readAt)} onClick={() => markRead({ all: true })}>
              Mark all read
            </Button>
          </div>
          <div className="max-h-[26rem] overflow-y-auto p-1">
            {load.status === "loading" || load.status === "idle" ? <p className="px-2 py-3 text-muted">Loading…</p> : null}
            {load.status === "failed" ? (
              <p role="alert" className="px-2 py-3 text-danger">
                {load.error}
              </p>
            ) : null}
            {load.status === "loaded" && items.length === 0 ? <p className="px-2 py-3 text-muted">You&apos;re all caught up.</p> : null}
            {items.length > 0 ? (
              <ul aria-label="Recent notifications">
                {items.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      onClick={() => openItem(item)}
                      data-unread={item.readAt ? undefined : true}
                      className={cn(
                        "relative block w-full rounded-md py-2 pr-2 pl-6 text-left hover:bg-subtle focus-visible:bg-subtle focus-visible:outline-none",
                        !item.readAt && "bg-accent/5",
                      )}
                    >
                      {!item.readAt ? (
                        <>
                          <span aria-hidden className="absolute top-3.5 left-2 size-2 rounded-full bg-accent" />
                          <span className="sr-only">Unread: </span>
                        </>
                      ) : null}
                      <span className={cn("block leading-snug", !item.readAt && "font-semibold")}>{notificationSentence(item.kind, item.actor?.name ?? null)}</span>
                      {item.claim ? <span className="mt-0.5 line-clamp-2 block font-serif text-muted">“{item.claim.excerpt}”</span> : null}
                      <span className="mt-0.5 block truncate text-xs text-muted">
                        {item.article ? `${item.article.title} · ` : ""}
                        {item.workspace.name}
                      </span>
                      <EventTime iso={item.createdAt} />
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

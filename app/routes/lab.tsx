import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireResearcherId } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";

// Every /lab URL, known or not, passes through this guard first.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireResearcherId(request);
  return null;
}

export default function LabLayout() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

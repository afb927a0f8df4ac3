import { GeneralErrorBoundary } from "~/components/error-boundary";

// Any URL no other route claims: answer with a real 404 status, not a soft 200.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

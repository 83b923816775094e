import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Catches a render error anywhere below it and shows a way forward instead of a blank page.
 * Answers are saved as they are given, so reloading or going home loses nothing.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rust or Go? hit an unexpected error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page" role="alert">
        <h1>Something went wrong</h1>
        <p>
          The page hit an unexpected error. Your answers are saved in this browser, so nothing you
          entered is lost.
        </p>
        <p className="muted">Details: {this.state.error.message}</p>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            Reload the page
          </button>
          <a
            className="button button--secondary"
            href="#/"
            onClick={() => this.setState({ error: null })}
          >
            Go to the start page
          </a>
        </div>
      </div>
    );
  }
}

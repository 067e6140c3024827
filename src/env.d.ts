declare namespace App {
  interface Locals {
    /** The page being rendered, set by BaseLayout for components inside it (the breadcrumb trail's last item). */
    pagina?: { titel: string; adres: string };
  }
}

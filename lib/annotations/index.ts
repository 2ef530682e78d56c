// The door to annotations: dated notes on the workspace's timeline, and the markers charts draw.
export {
  annotationFilterSchema,
  annotationInputSchema,
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  updateAnnotation,
  type AnnotationFilter,
  type AnnotationInput,
  type AnnotationListItem,
} from './annotations';
export { timelineMarkers, timelineRangeSchema, type MarkerKind, type TimelineMarker, type TimelineRange } from './markers';

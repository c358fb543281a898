import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Post,
  Put,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ALLOWED_TYPES, type Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { AttachmentsService } from './attachments.service';
import { FILE_FIELD } from './multipart';
import { AttachmentDto, AttachmentVerificationDto, UploadSessionDto } from './dto/attachment.response';
import { NewUploadDto } from './dto/new-upload.dto';
import type { AttachmentOwnerKind } from '@dondoc/domain';
import { readerLanguage } from '@dondoc/i18n';

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: [FILE_FIELD],
    properties: { [FILE_FIELD]: { type: 'string', format: 'binary', description: 'One file' } },
  },
};

const UPLOADED = {
  description:
    'Stored: type sniffed from the bytes, ' +
    'SHA-256 in the audit trail. 413 over ATTACHMENT_MAX_BYTES, 415 a type not allowed, 422 one file too many ' +
    '(ATTACHMENTS_PER_OBJECT) or a refused archive; each naming the field `file`',
  type: AttachmentDto,
};

const Listed = () =>
  ApiOkResponse({
    description: 'The files attached, oldest first',
    type: [AttachmentDto],
  });
const CHANGE_REFUSED = { description: 'Only the owning unit’s people' };

const OWNER_PATHS: Record<string, AttachmentOwnerKind> = {
  directives: 'directive',
  tasks: 'task',
  reports: 'report',
  explanations: 'explanation',
  drafts: 'draft',
  review: 'review',
};
const UPLOAD_STARTED = {
  description:
    'A resumable upload begun: send chunks of `chunkBytes` to `href` with PUT and Content-Range, ' +
    'then POST `href`/complete. 413 when `size` is over ATTACHMENT_MAX_BYTES, 422 one file too many',
  type: UploadSessionDto,
};

/**
 * Attachments (docs/decisions/0075-attachments.md): `/{owners}/{id}/attachments` to list
 * and upload for each kind of owner, `/attachments/{id}/…` for one file.
 */
@ApiTags('attachments')
@ApiBearerAuth()
@Controller()
export class AttachmentsController {
  constructor(@Inject(AttachmentsService) private readonly attachments: AttachmentsService) {}

  @Get('directives/:id/attachments')
  @Listed()
  ofDirective(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<AttachmentDto[]> {
    return this.attachments.list(scope, 'directive', id);
  }

  @Post('directives/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse(UPLOADED)
  @ApiForbiddenResponse(CHANGE_REFUSED)
  toDirective(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Req() request: Request,
  ): Promise<AttachmentDto> {
    return this.attachments.upload(scope, 'directive', id, request);
  }

  @Get('tasks/:id/attachments')
  @Listed()
  ofTask(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<AttachmentDto[]> {
    return this.attachments.list(scope, 'task', id);
  }

  @Post('tasks/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse(UPLOADED)
  @ApiForbiddenResponse(CHANGE_REFUSED)
  toTask(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Req() request: Request): Promise<AttachmentDto> {
    return this.attachments.upload(scope, 'task', id, request);
  }

  @Get('reports/:id/attachments')
  @Listed()
  ofReport(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<AttachmentDto[]> {
    return this.attachments.list(scope, 'report', id);
  }

  @Post('reports/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse(UPLOADED)
  @ApiForbiddenResponse(CHANGE_REFUSED)
  toReport(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Req() request: Request): Promise<AttachmentDto> {
    return this.attachments.upload(scope, 'report', id, request);
  }

  @Get('explanations/:id/attachments')
  @Listed()
  ofExplanation(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<AttachmentDto[]> {
    return this.attachments.list(scope, 'explanation', id);
  }

  @Post('explanations/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse(UPLOADED)
  @ApiForbiddenResponse(CHANGE_REFUSED)
  toExplanation(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Req() request: Request,
  ): Promise<AttachmentDto> {
    return this.attachments.upload(scope, 'explanation', id, request);
  }

  @Get('drafts/:id/attachments')
  @ApiOkResponse({
    description:
      'The files attached, oldest first: read by whoever reads the draft (its unit’s people, its approver, ' +
      'admins; 404 for anyone else); a secret draft’s file names hidden from an admin not cleared',
    type: [AttachmentDto],
  })
  ofDraft(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Req() request: Request,
  ): Promise<AttachmentDto[]> {
    return this.attachments.list(scope, 'draft', id, readerLanguage(request.headers['accept-language']));
  }

  @Post('drafts/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({
    ...UPLOADED,
    description: `${UPLOADED.description}. Its approval attaches the draft’s files to the directive it issues`,
  })
  @ApiForbiddenResponse({ description: 'Only the drafting unit’s officers and leaders' })
  @ApiConflictResponse({ description: 'The draft is no longer being drafted (submitted, approved or rejected)' })
  toDraft(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Req() request: Request): Promise<AttachmentDto> {
    return this.attachments.upload(scope, 'draft', id, request);
  }

  @Get('reports/:id/review/attachments')
  @ApiOkResponse({
    description: 'The files the reviewer sent with the report’s return, oldest first: read by whoever reads the report',
    type: [AttachmentDto],
  })
  ofReview(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<AttachmentDto[]> {
    return this.attachments.list(scope, 'review', id);
  }

  @Post('reports/:id/review/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse(UPLOADED)
  @ApiForbiddenResponse({ description: 'Only the reviewing side (the task’s assigning unit and the units above it)' })
  @ApiConflictResponse({ description: 'The report was not returned' })
  toReview(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Req() request: Request): Promise<AttachmentDto> {
    return this.attachments.upload(scope, 'review', id, request);
  }

  @Post('directives/:id/uploads')
  @ApiCreatedResponse(UPLOAD_STARTED)
  @ApiForbiddenResponse(CHANGE_REFUSED)
  uploadToDirective(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: NewUploadDto,
  ): Promise<UploadSessionDto> {
    return this.attachments.beginUpload(scope, OWNER_PATHS.directives, id, dto);
  }

  @Post('tasks/:id/uploads')
  @ApiCreatedResponse(UPLOAD_STARTED)
  @ApiForbiddenResponse(CHANGE_REFUSED)
  uploadToTask(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: NewUploadDto,
  ): Promise<UploadSessionDto> {
    return this.attachments.beginUpload(scope, OWNER_PATHS.tasks, id, dto);
  }

  @Post('reports/:id/uploads')
  @ApiCreatedResponse(UPLOAD_STARTED)
  @ApiForbiddenResponse(CHANGE_REFUSED)
  uploadToReport(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: NewUploadDto,
  ): Promise<UploadSessionDto> {
    return this.attachments.beginUpload(scope, OWNER_PATHS.reports, id, dto);
  }

  @Post('explanations/:id/uploads')
  @ApiCreatedResponse(UPLOAD_STARTED)
  @ApiForbiddenResponse(CHANGE_REFUSED)
  uploadToExplanation(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: NewUploadDto,
  ): Promise<UploadSessionDto> {
    return this.attachments.beginUpload(scope, OWNER_PATHS.explanations, id, dto);
  }

  @Post('drafts/:id/uploads')
  @ApiCreatedResponse(UPLOAD_STARTED)
  @ApiForbiddenResponse({ description: 'Only the drafting unit’s officers and leaders' })
  @ApiConflictResponse({ description: 'The draft is no longer being drafted' })
  uploadToDraft(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: NewUploadDto,
  ): Promise<UploadSessionDto> {
    return this.attachments.beginUpload(scope, OWNER_PATHS.drafts, id, dto);
  }

  @Post('reports/:id/review/uploads')
  @ApiCreatedResponse(UPLOAD_STARTED)
  @ApiForbiddenResponse({ description: 'Only the reviewing side' })
  @ApiConflictResponse({ description: 'The report was not returned' })
  uploadToReview(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: NewUploadDto,
  ): Promise<UploadSessionDto> {
    return this.attachments.beginUpload(scope, OWNER_PATHS.review, id, dto);
  }

  @Get('uploads/:id')
  @ApiOkResponse({ description: 'How far the upload got: resume from `received`', type: UploadSessionDto })
  uploadStatus(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<UploadSessionDto> {
    return this.attachments.uploadStatus(scope, id);
  }

  @Put('uploads/:id')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'One chunk, raw' })
  @ApiHeader({
    name: 'Content-Range',
    required: true,
    description:
      '`bytes START-END/SIZE`: START a multiple of `chunkBytes`, END - START + 1 = `chunkBytes` but for the last',
  })
  @ApiOkResponse({ description: 'Kept (a chunk sent again replaces itself)', type: UploadSessionDto })
  @ApiConflictResponse({ description: 'A chunk beyond `received`: resume from there' })
  putChunk(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Req() request: Request,
  ): Promise<UploadSessionDto> {
    return this.attachments.putChunk(scope, id, request);
  }

  @Post('uploads/:id/complete')
  @ApiCreatedResponse({ ...UPLOADED, description: `Every byte arrived: ${UPLOADED.description}` })
  @ApiConflictResponse({ description: 'Bytes still missing' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than ATTACHMENT_MAX_BYTES, naming `file`' })
  @ApiUnsupportedMediaTypeResponse({ description: 'A type not allowed (sniffed from the bytes), naming `file`' })
  completeUpload(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<AttachmentDto> {
    return this.attachments.completeUpload(scope, id);
  }

  @Delete('uploads/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Abandoned: its chunks removed' })
  abandonUpload(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<void> {
    return this.attachments.abandonUpload(scope, id);
  }

  @Get('attachments/:id/content')
  @ApiOkResponse({
    description:
      'The bytes, streamed, with ' +
      'Content-Disposition (ASCII filename and UTF-8 filename*), Content-Length and nosniff. A secret ' +
      'directive’s file only for those cleared, each download audited',
    content: Object.fromEntries(ALLOWED_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  })
  @ApiForbiddenResponse({ description: 'A secret directive’s file, reader not cleared' })
  async content(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, headers } = await this.attachments.download(scope, id);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    return file;
  }

  @Delete('attachments/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed, audited; the bytes are kept' })
  @ApiForbiddenResponse(CHANGE_REFUSED)
  remove(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<void> {
    return this.attachments.remove(scope, id);
  }

  @Get('attachments/:id/verify')
  @ApiOkResponse({
    description:
      'The auditor re-hashes the stored ' + 'bytes (a removed file’s too) and compares them with the recorded SHA-256',
    type: AttachmentVerificationDto,
  })
  @ApiForbiddenResponse({ description: 'Auditors and admins only' })
  verify(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<AttachmentVerificationDto> {
    return this.attachments.verify(scope, id);
  }
}

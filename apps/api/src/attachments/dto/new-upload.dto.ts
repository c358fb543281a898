import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';

/** A resumable upload announced (decision 75, "Resumable uploads"). */
export class NewUploadDto {
  @ApiProperty({ description: 'The file name', example: 'Báo cáo quý II.pdf', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  name!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Its size in bytes (ATTACHMENT_MAX_BYTES at most, else 413)',
  })
  @IsInt()
  @Min(1)
  size!: number;
}
